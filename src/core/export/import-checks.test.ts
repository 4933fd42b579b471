// The import's checks, with no database: which versions are read; a version 1 PEG becoming an
// answer set linked to its check-in (and back); each kind of row that would collide or point
// nowhere, named by its path; new ids for every row with links kept (a property); and what
// stays behind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideVersion, findControlCharacter, findImportProblem, leftBehindOf, pegResponsesOf, withNewIds, type ImportRows } from './import-checks.js';
import { pegAnswersOf, pegValuesOf } from './peg-answers.js';
import { EMPTY_DETAIL } from '../journal/detail.js';

const EMPTY: ImportRows = { checkins: [], sessions: [], questionnaireResponses: [], weeks: [], badDays: [] };
const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('decideVersion', () => {
  it.each([[1, 'read'], [2, 'read'], [3, 'newer'], [99, 'newer'], [0, 'unknown'], [-1, 'unknown']] as const)('version %d: %s', (version, decision) => {
    expect(decideVersion(version)).toBe(decision);
  });
});

describe('the weekly PEG of a version 1 file', () => {
  const checkin = { id: 'c1', at: '2026-11-24T08:00:00.000Z', localDate: '2026-11-24', clientId: null, createdAt: '2026-11-24T08:00:01.000Z' };

  it('becomes a peg answer set given in its check-in, with the migration\'s items', () => {
    const [response, ...rest] = pegResponsesOf([{ ...checkin, peg: { pain: 6, enjoyment: 5, activity: 4 } }, { ...checkin, id: 'c2', peg: null }], counter());
    expect(rest).toEqual([]);
    expect(response).toEqual({
      id: 'new-1', instrument: 'peg', version: '1', localDate: '2026-11-24', at: checkin.at, checkinId: 'c1', clientId: null, createdAt: checkin.createdAt,
      answers: [
        { linkId: 'pain', value: 6, code: null, label: null },
        { linkId: 'enjoyment', value: 5, code: null, label: null },
        { linkId: 'activity', value: 4, code: null, label: null },
      ],
    });
  });

  it('reads back to the same three numbers; a skipped item gives none', () => {
    const peg = { pain: 0, enjoyment: 10, activity: 3 };
    expect(pegValuesOf(pegAnswersOf(peg))).toEqual(peg);
    expect(pegValuesOf(pegAnswersOf(peg).map((a) => (a.linkId === 'activity' ? { ...a, value: null } : a)))).toBeNull();
    expect(pegValuesOf([])).toBeNull();
  });
});

describe('findImportProblem', () => {
  const c = (id: string, clientId: string | null = null) => ({ id, clientId, areas: [], detail: null });
  const kneeDetail = { ...EMPTY_DETAIL, regionPain: [{ region: 'knee' as const, pain: 4 }] };
  const r = (id: string, checkinId: string | null, clientId: string | null = null) => ({ id, checkinId, clientId });
  it.each<[string, Partial<ImportRows>, string | null]>([
    ['an empty file', {}, null],
    ['distinct rows', { checkins: [c('a', 'x'), c('b', null), c('d', null)], questionnaireResponses: [r('r1', 'a'), r('r2', null)] }, null],
    ['a check-in id twice', { checkins: [c('a'), c('b'), c('a')] }, 'checkins.2.id'],
    ['a device id of a check-in twice', { checkins: [c('a', 'x'), c('b', 'x')] }, 'checkins.1.clientId'],
    ['a session id twice', { sessions: [{ id: 's', clientId: '1' }, { id: 's', clientId: '2' }] }, 'sessions.1.id'],
    ['a device id of a session twice', { sessions: [{ id: 's', clientId: '1' }, { id: 't', clientId: '1' }] }, 'sessions.1.clientId'],
    ['an answer set id twice', { questionnaireResponses: [r('r', null), r('r', null)] }, 'questionnaireResponses.1.id'],
    ['two answer sets in one check-in', { checkins: [c('a')], questionnaireResponses: [r('r1', 'a'), r('r2', 'a')] }, 'questionnaireResponses.1.checkinId'],
    ['an answer set in a check-in the file lacks', { checkins: [c('a')], questionnaireResponses: [r('r1', 'a'), r('r2', 'zz')] }, 'questionnaireResponses.1.checkinId'],
    ['a week twice', { weeks: [{ weekStart: '2026-11-23' }, { weekStart: '2026-11-23' }] }, 'weeks.1.weekStart'],
    ['a bad day twice', { badDays: [{ localDate: '2026-11-23' }, { localDate: '2026-11-23' }] }, 'badDays.1.localDate'],
    ['a detail that fits its areas', { checkins: [{ ...c('a'), areas: ['knee'], detail: kneeDetail }] }, null],
    ['a region\'s pain for a place not among the areas', { checkins: [c('a'), { ...c('b'), areas: ['hip'], detail: kneeDetail }] }, 'checkins.1.detail.regionPain.0.region'],
  ])('%s', (_name, rows, field) => {
    const problem = findImportProblem({ ...EMPTY, ...rows });
    expect(problem?.field ?? null).toBe(field);
    if (problem) expect(problem.message).toContain(field);
  });
});

describe('withNewIds', () => {
  it('gives every row a new id and keeps each answer set with its check-in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 0, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), (checkinIds, picks) => {
        const checkins = checkinIds.map((id) => ({ id, pain: id.length }));
        const responses = picks.map((p, i) => ({ id: `r${i}`, checkinId: checkinIds.length === 0 ? null : (checkinIds[p % checkinIds.length] ?? null) }));
        const renewed = withNewIds({ checkins, sessions: [{ id: 's1' }], responses }, counter());
        const all = [...renewed.checkins, ...renewed.sessions, ...renewed.responses].map((row) => row.id);
        expect(new Set(all).size).toBe(all.length);
        expect(all.every((id) => id.startsWith('new-'))).toBe(true);
        renewed.responses.forEach((response, i) => {
          const old = checkins.findIndex((c) => c.id === responses[i]?.checkinId);
          expect(response.checkinId).toBe(old < 0 ? null : renewed.checkins[old]?.id);
        });
      }),
    );
  });
});

describe('leftBehindOf', () => {
  it('names the old server\'s care and schedules that stay behind, and this week\'s plan', () => {
    const care = { links: [1], notes: [], reviews: [1], looks: [1, 2], prescription: [] };
    expect(leftBehindOf({ care, schedules: 1, laterWeeks: 1 })).toEqual(['care_links', 'reviews', 'looks', 'questionnaire_schedules', 'this_week']);
    expect(leftBehindOf({ care: null, schedules: 0, laterWeeks: 0 })).toEqual([]);
  });
});

describe('findControlCharacter', () => {
  it.each<[string, unknown, string | null]>([
    ['plain text with line breaks and tabs', { checkins: [{ notes: 'a\n\tb\r\n' }] }, null],
    ['a NUL in a note', { checkins: [{ notes: 'ok' }, { notes: 'x\u0000' }] }, 'checkins.1.notes'],
    ['an escape deep in a plan', { weeks: [{ plan: { days: [{ title: '\u001b[31m' }] } }] }, 'weeks.0.plan.days.0.title'],
    ['numbers, booleans and nulls', { a: [1, true, null], b: { c: 2 } }, null],
  ])('%s', (_name, file, field) => {
    expect(findControlCharacter(file)?.field ?? null).toBe(field);
  });
});
