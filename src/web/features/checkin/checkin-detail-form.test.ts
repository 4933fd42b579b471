// Covers the check-in's optional detail in the form (issue 14): an empty draft sends no detail, a
// full draft becomes the request's detail in catalog order, numbers of regions no longer chosen,
// "spreads to" without neck or back pain and "other" words without "other" are left out, a saved
// detail round-trips through an edit (later ratings kept), long own words are problems, and — a
// property — whatever is tapped, the detail sent fits its areas and passes the contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOURNAL_REGIONS,
  PAIN_DESCRIPTORS,
  RELIEF_KINDS,
  SPREAD_TARGETS,
  TRIGGERS,
  detailProblems,
} from '../../../core/journal/detail.js';
import { CreateCheckinRequest, type Checkin } from '../../../contract/checkin.js';
import {
  canSpread,
  draftFromDetail,
  emptyCheckinForm,
  emptyDetailDraft,
  findCheckinFormProblems,
  formFromCheckin,
  hasDetails,
  toCreateRequest,
  toDetail,
  toUpdateRequest,
  toggled,
  withLaterRelief,
  type DetailDraft,
} from './checkin-form.js';

const zone = 'Europe/Berlin';
const now = Date.parse('2026-11-24T09:00:00.000Z');
const clientId = '3b2c1d0e-9f8a-4b7c-8d6e-5f4a3b2c1d0e';

const full: DetailDraft = {
  regionPain: { lower_back: 7, knee: 4, neck: 2 },
  spreadsTo: ['leg'],
  descriptors: ['tingling', 'burning'],
  triggers: ['other', 'sitting'],
  otherTrigger: '  gardening ',
  relief: ['rest', 'heat'],
  helped: { heat: 6 },
  helpedLater: {},
  otherRelief: 'a bath',
  medication: ' ibuprofen 200 mg ',
};

describe('check-in detail in the form', () => {
  it('sends no detail when nothing was filled in', () => {
    const form = { ...emptyCheckinForm(now, zone), pain: 3 };
    expect(toCreateRequest(form, clientId, zone).detail).toBeNull();
    expect(hasDetails(form)).toBe(false);
  });

  it('sends a full detail fitted to the areas, in catalog order', () => {
    expect(toDetail(['knee', 'lower_back'], full)).toEqual({
      regionPain: [
        { region: 'lower_back', pain: 7 },
        { region: 'knee', pain: 4 },
      ],
      spreadsTo: ['leg'],
      descriptors: ['burning', 'tingling'],
      triggers: ['sitting', 'other'],
      otherTrigger: 'gardening',
      relief: [
        { kind: 'heat', helped: 6, helpedLater: null },
        { kind: 'rest', helped: null, helpedLater: null },
      ],
      otherRelief: null,
      medication: 'ibuprofen 200 mg',
    });
  });

  it.each([
    [['knee'], false],
    [['neck'], true],
    [['upper_back', 'hip'], true],
    [['lower_back'], true],
    [['head', 'widespread'], false],
  ] as const)('asks "spreads to" for %j: %s', (areas, asked) => {
    expect(canSpread(areas)).toBe(asked);
    expect(toDetail(areas, { ...emptyDetailDraft(), spreadsTo: ['arm'] })?.spreadsTo ?? []).toEqual(
      asked ? ['arm'] : [],
    );
  });

  it('keeps own words only with "other"', () => {
    const draft = { ...emptyDetailDraft(), triggers: ['stress' as const], otherTrigger: 'noise', otherRelief: 'tea' };
    expect(toDetail([], draft)).toMatchObject({ otherTrigger: null, otherRelief: null });
  });

  it('round-trips a saved detail through an edit, later ratings kept', () => {
    const detail = toDetail(['lower_back'], { ...full, helpedLater: { rest: 3 } });
    const saved: Checkin = {
      id: '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d',
      at: '2026-11-23T19:30:00.000Z',
      localDate: '2026-11-23',
      pain: 6,
      flare: false,
      areas: ['lower_back'],
      stiffness: null,
      sleep: null,
      mood: null,
      energy: null,
      stress: null,
      notes: null,
      peg: null,
      somethingNew: false,
      detail,
      createdAt: '2026-11-23T19:31:00.000Z',
      updatedAt: '2026-11-23T19:31:00.000Z',
    };
    const form = formFromCheckin(saved, zone);
    expect(hasDetails(form)).toBe(true);
    expect(form.detail.helpedLater).toEqual({ rest: 3 });
    expect(toUpdateRequest(form, zone).detail).toEqual(detail);
    expect(draftFromDetail(null)).toEqual(emptyDetailDraft());
  });

  it.each([
    ['otherTrigger', { triggers: ['other' as const], otherTrigger: 'x'.repeat(101) }],
    ['otherRelief', { relief: ['other' as const], otherRelief: 'x'.repeat(101) }],
    ['medication', { medication: 'x'.repeat(301) }],
  ])('asks to shorten %s', (problem, patch) => {
    const form = { ...emptyCheckinForm(now, zone), pain: 3, detail: { ...emptyDetailDraft(), ...patch } };
    expect(findCheckinFormProblems(form, now, zone)).toEqual([problem]);
  });

  it('adds the later ratings of the follow-up, keeping the rest', () => {
    const detail = toDetail(['knee'], { ...emptyDetailDraft(), relief: ['heat', 'rest'], helped: { heat: 6 }, helpedLater: { rest: 2 } });
    expect(detail && withLaterRelief(detail, { heat: 7 }).relief).toEqual([
      { kind: 'heat', helped: 6, helpedLater: 7 },
      { kind: 'rest', helped: null, helpedLater: 2 },
    ]);
  });

  it('toggles a choice in and out', () => {
    expect(toggled(['heat'], 'cold')).toEqual(['heat', 'cold']);
    expect(toggled(['heat', 'cold'], 'heat')).toEqual(['cold']);
  });

  it('sends a detail that fits its areas and the contract, whatever was tapped', () => {
    const scale = fc.integer({ min: 0, max: 10 });
    const words = fc.string({ maxLength: 20 }).map((s) => s.replace(/[^a-z ]/gi, 'a'));
    const draft = fc.record({
      regionPain: fc.dictionary(fc.constantFrom(...JOURNAL_REGIONS), scale),
      spreadsTo: fc.subarray([...SPREAD_TARGETS]),
      descriptors: fc.subarray([...PAIN_DESCRIPTORS]),
      triggers: fc.subarray([...TRIGGERS]),
      otherTrigger: words,
      relief: fc.shuffledSubarray([...RELIEF_KINDS]),
      helped: fc.dictionary(fc.constantFrom(...RELIEF_KINDS), scale),
      helpedLater: fc.dictionary(fc.constantFrom(...RELIEF_KINDS), scale),
      otherRelief: words,
      medication: words,
    });
    fc.assert(
      fc.property(fc.subarray([...JOURNAL_REGIONS]), draft, (areas, detailDraft) => {
        const form = { ...emptyCheckinForm(now, zone), pain: 5, areas, detail: detailDraft };
        const parsed = CreateCheckinRequest.parse(toCreateRequest(form, clientId, zone));
        if (parsed.detail) expect(detailProblems(areas, parsed.detail)).toEqual([]);
      }),
    );
  });
});
