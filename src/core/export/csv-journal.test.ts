// The journal's parts of a CSV export, read back by csv-parse: a check-in's detail as columns (a
// region's pain, relief then/later with either side missing, lists in order), no detail as empty
// cells, the person's own words kept safe from spreadsheet formulas, lessons with their times in
// the person's zone, and the flare plan in one row (or none).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EMPTY_DETAIL } from '../journal/detail.js';
import { checkinsCsv } from './csv-rows.js';
import { flarePlanCsv, lessonsCsv, reliefCell } from './csv-journal.js';

const readCsv = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true, record_delimiter: ['\r\n'] });
const CHECKIN = {
  id: 'c1', at: '2026-11-24T08:00:00.000Z', localDate: '2026-11-24', pain: 6, flare: false, areas: ['lower_back' as const, 'knee' as const],
  stiffness: null, sleep: null, mood: null, energy: null, stress: null, notes: null, peg: null, somethingNew: false,
  clientId: null, createdAt: '2026-11-24T08:00:00.000Z', updatedAt: '2026-11-24T08:00:00.000Z', detail: null,
};

describe('the journal in the CSV export', () => {
  it.each([
    [{ kind: 'heat', helped: 6, helpedLater: 7 }, 'heat:6/7'],
    [{ kind: 'heat', helped: 6, helpedLater: null }, 'heat:6'],
    [{ kind: 'cold', helped: null, helpedLater: 4 }, 'cold:/4'],
    [{ kind: 'rest', helped: null, helpedLater: null }, 'rest'],
  ] as const)('writes relief %j as %s', (entry, cell) => {
    expect(reliefCell(entry)).toBe(cell);
  });

  it('writes the detail in its own columns, and leaves them empty without one', () => {
    const detail = {
      regionPain: [{ region: 'lower_back' as const, pain: 6 }, { region: 'knee' as const, pain: 3 }], spreadsTo: ['leg' as const],
      descriptors: ['burning' as const, 'tingling' as const], triggers: ['sitting' as const, 'other' as const], otherTrigger: '=HYPERLINK("x")',
      relief: [{ kind: 'heat' as const, helped: 6, helpedLater: 7 }, { kind: 'other' as const, helped: 2, helpedLater: null }], otherRelief: '+a bath', medication: '@ibuprofen',
    };
    const [withDetail, without] = readCsv(checkinsCsv([{ ...CHECKIN, detail }, { ...CHECKIN, id: 'c2', detail: { ...EMPTY_DETAIL } }], 'UTC').text);
    expect(withDetail).toMatchObject({
      region_pain: 'lower_back:6;knee:3', spreads_to: 'leg', descriptors: 'burning;tingling', triggers: 'sitting;other',
      other_trigger: '\'=HYPERLINK("x")', relief: 'heat:6/7;other:2', other_relief: "'+a bath", medication: "'@ibuprofen",
    });
    expect(without).toMatchObject({ region_pain: '', spreads_to: '', descriptors: '', triggers: '', other_trigger: '', relief: '', other_relief: '', medication: '' });
    expect(readCsv(checkinsCsv([CHECKIN], 'UTC').text)[0]).toMatchObject({ pain_areas: 'lower_back;knee', region_pain: '', medication: '' });
  });

  it('lists lessons read and put off with their times in the person’s zone', () => {
    const text = lessonsCsv([{ lessonId: 'sleep', kind: 'read', at: '2026-11-24T08:00:00.000Z' }, { lessonId: 'crps', kind: 'later', at: '2026-11-25T08:00:00.000Z' }], 'Europe/Berlin').text;
    expect(readCsv(text)).toEqual([
      { lesson_id: 'sleep', event: 'read', at: '2026-11-24T09:00:00+01:00' },
      { lesson_id: 'crps', event: 'later', at: '2026-11-25T09:00:00+01:00' },
    ]);
  });

  it('writes the flare plan in one row, its words safe from formulas, or only the header', () => {
    const plan = { helps: ['heat' as const, 'rest' as const], helpsOwnWords: '-a nap', firstDays: 'Short walks', stopDoing: null, tellWho: 'Sam', tellAsk: 'Walk the dog', callDoctor: '=1+1', updatedAt: '2026-11-24T08:00:00.000Z' };
    expect(readCsv(flarePlanCsv(plan, 'UTC').text)).toEqual([
      { helps: 'heat;rest', helps_own_words: "'-a nap", first_days: 'Short walks', stop_doing: '', tell_who: 'Sam', tell_ask: 'Walk the dog', call_doctor: "'=1+1", updated_at: '2026-11-24T08:00:00+00:00' },
    ]);
    expect(flarePlanCsv(null, 'UTC').text).toBe('\uFEFFhelps,helps_own_words,first_days,stop_doing,tell_who,tell_ask,call_doctor,updated_at\r\n');
  });
});
