// The lesson offering rule. Dimensions: each trigger (chest-pain stop, flare in 7 days, nerve
// words on 2+ of 14 days) with what silences it (a read after the stop / in 90 days / ever, and
// "not now" for 1 or 3 days); the order (pace after a read, "not now", lessons only for some:
// back pain, nerve pain, CRPS, hernia never); the facts gathered inside their windows only; reads
// summarized. Properties: deterministic and order-free, known ids only, nothing read within the
// pace window by order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_DETAIL, type CheckinDetail } from '../journal/detail.js';
import { CONDITIONS, PAIN_AREAS } from '../profile.js';
import { LESSON_EVENT_KINDS, LESSON_IDS, isLessonId, type LessonEvent, type LessonId } from './catalog.js';
import { LESSON_PACE_DAYS, lessonFactsOf, offerLesson, summarizeReads, type LessonFacts } from './offer.js';

const NOW = '2026-11-24T10:00:00.000Z';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();
const read = (lessonId: LessonId, daysAgo: number): LessonEvent => ({ lessonId, kind: 'read', at: ago(daysAgo) });
const later = (lessonId: LessonId, daysAgo: number): LessonEvent => ({ lessonId, kind: 'later', at: ago(daysAgo) });
const FACTS: LessonFacts = { today: '2026-11-24', now: NOW, latestFlareDay: null, nerveDescriptorDays: 0, latestChestPainStopAt: null, conditions: [], painAreas: [] };
/** Every lesson for everyone read long ago, so only triggers can offer one. */
const ALL_READ_LONG_AGO = LESSON_IDS.map((id) => read(id, 200));

describe('offerLesson: what matters now', () => {
  it.each<[string, Partial<LessonFacts>, LessonEvent[], string | null]>([
    ['a chest-pain stop offers the chest-pain lesson', { latestChestPainStopAt: ago(2) }, ALL_READ_LONG_AGO, 'chest_pain'],
    ['a chest-pain stop, the lesson read after it: nothing', { latestChestPainStopAt: ago(2) }, [...ALL_READ_LONG_AGO, read('chest_pain', 1)], null],
    ['a chest-pain stop, the lesson read before it: offered again', { latestChestPainStopAt: ago(2) }, [...ALL_READ_LONG_AGO, read('chest_pain', 3)], 'chest_pain'],
    ['a chest-pain stop, "not now" 12 hours ago: hidden', { latestChestPainStopAt: ago(2) }, [...ALL_READ_LONG_AGO, later('chest_pain', 0.5)], null],
    ['a chest-pain stop, "not now" a day and more ago: back', { latestChestPainStopAt: ago(2) }, [...ALL_READ_LONG_AGO, later('chest_pain', 1.1)], 'chest_pain'],
    ['a chest-pain stop, the lesson "read" in the future (a crafted import): still offered', { latestChestPainStopAt: ago(2) }, [...ALL_READ_LONG_AGO, read('chest_pain', -3650)], 'chest_pain'],
    ['a chest-pain stop, "not now" in the future (a crafted import): still offered', { latestChestPainStopAt: ago(2) }, [...ALL_READ_LONG_AGO, later('chest_pain', -3650)], 'chest_pain'],
    ['a chest-pain stop 15 days ago: nothing', { latestChestPainStopAt: ago(15) }, ALL_READ_LONG_AGO, null],
    ['a flare offers the flare lesson', { latestFlareDay: '2026-11-20' }, ALL_READ_LONG_AGO, 'flare_ups'],
    ['a flare 7 days ago (outside the window): nothing', { latestFlareDay: '2026-11-17' }, ALL_READ_LONG_AGO, null],
    ['a flare, the lesson read 30 days ago: nothing', { latestFlareDay: '2026-11-24' }, [...ALL_READ_LONG_AGO, read('flare_ups', 30)], null],
    ['a flare, "not now" 2 days ago: nothing', { latestFlareDay: '2026-11-24' }, [...ALL_READ_LONG_AGO, later('flare_ups', 2)], null],
    ['a flare, "not now" 4 days ago: offered', { latestFlareDay: '2026-11-24' }, [...ALL_READ_LONG_AGO, later('flare_ups', 4)], 'flare_ups'],
    ['nerve words on 2 days offer the nerve lesson (never read)', { nerveDescriptorDays: 2 }, LESSON_IDS.filter((id) => id !== 'nerve_pain_journal').map((id) => read(id, 200)), 'nerve_pain_journal'],
    ['nerve words on 1 day: not yet', { nerveDescriptorDays: 1 }, LESSON_IDS.filter((id) => id !== 'nerve_pain_journal').map((id) => read(id, 1)), null],
    ['nerve words, the lesson read once long ago: nothing', { nerveDescriptorDays: 5 }, ALL_READ_LONG_AGO, null],
    ['chest pain comes before a flare', { latestChestPainStopAt: ago(1), latestFlareDay: '2026-11-24', nerveDescriptorDays: 3 }, [], 'chest_pain'],
    ['a flare comes before nerve words', { latestFlareDay: '2026-11-24', nerveDescriptorDays: 3 }, [], 'flare_ups'],
  ])('%s', (_name, facts, events, expected) => {
    expect(offerLesson(events, { ...FACTS, ...facts })?.lessonId ?? null).toBe(expected);
  });

  it('says why', () => {
    expect(offerLesson([], { ...FACTS, latestChestPainStopAt: ago(1) })).toEqual({ lessonId: 'chest_pain', reason: 'after_chest_pain_stop' });
    expect(offerLesson([], { ...FACTS, latestFlareDay: '2026-11-24' })).toEqual({ lessonId: 'flare_ups', reason: 'after_flare' });
    expect(offerLesson([], { ...FACTS, nerveDescriptorDays: 2 })).toEqual({ lessonId: 'nerve_pain_journal', reason: 'nerve_descriptors' });
    expect(offerLesson([], FACTS)).toEqual({ lessonId: 'hurt_is_not_harm', reason: 'next_in_order' });
  });
});

describe('offerLesson: one every few days, in order', () => {
  const readUpTo = (last: LessonId, daysAgo: number) => LESSON_IDS.slice(0, LESSON_IDS.indexOf(last) + 1).map((id) => read(id, daysAgo));
  it.each<[string, Partial<LessonFacts>, LessonEvent[], string | null]>([
    ['a read 2 days ago: nothing', {}, [read('hurt_is_not_harm', 2)], null],
    ['a read 3 days ago: the next', {}, [read('hurt_is_not_harm', 3)], 'why_movement_helps'],
    ['"not now" skips a lesson for 3 days', {}, [read('hurt_is_not_harm', 4), later('why_movement_helps', 1)], 'pacing_boom_bust'],
    ['"not now" 3 days ago: it comes back', {}, [read('hurt_is_not_harm', 4), later('why_movement_helps', 3)], 'why_movement_helps'],
    ['without back pain the back lesson is skipped', {}, readUpTo('working_with_a_therapist', 10), 'chest_pain'],
    ['back pain (an area) brings it', { painAreas: ['lower_back'] }, readUpTo('working_with_a_therapist', 10), 'tracking_back_pain'],
    ['back pain (chronic low back pain) brings it', { conditions: ['chronic_low_back_pain'] }, readUpTo('working_with_a_therapist', 10), 'tracking_back_pain'],
    ['neuropathic pain brings the nerve lesson', { conditions: ['neuropathic_pain'] }, readUpTo('tracking_back_pain', 10), 'nerve_pain_journal'],
    ['nerve words on one day bring it too', { nerveDescriptorDays: 1 }, readUpTo('tracking_back_pain', 10), 'nerve_pain_journal'],
    ['CRPS brings the CRPS lesson', { conditions: ['crps'] }, readUpTo('nerve_pain_journal', 10), 'crps'],
    ['hernia is never offered by order', { conditions: ['crps', 'neuropathic_pain'] }, readUpTo('crps', 10), 'chest_pain'],
    ['everything read: nothing', {}, ALL_READ_LONG_AGO, null],
  ])('%s', (_name, facts, events, expected) => {
    expect(offerLesson(events, { ...FACTS, ...facts })?.lessonId ?? null).toBe(expected);
  });
});

describe('lessonFactsOf', () => {
  const nerve: CheckinDetail = { ...EMPTY_DETAIL, descriptors: ['burning'] };
  const aching: CheckinDetail = { ...EMPTY_DETAIL, descriptors: ['aching'] };
  it('gathers the facts inside their windows only', () => {
    const facts = lessonFactsOf({
      today: '2026-11-24',
      now: NOW,
      checkins: [
        { localDate: '2026-11-10', flare: true, detail: nerve },
        { localDate: '2026-11-11', flare: false, detail: nerve },
        { localDate: '2026-11-20', flare: false, detail: nerve },
        { localDate: '2026-11-20', flare: false, detail: nerve },
        { localDate: '2026-11-21', flare: false, detail: aching },
      ],
      badDays: ['2026-11-18', '2026-11-17'],
      sessions: [
        { startedAt: '2026-11-10T08:00:00.000Z', localDate: '2026-11-10', stopReason: 'chest_pain' },
        { startedAt: '2026-11-12T08:00:00.000Z', localDate: '2026-11-12', stopReason: 'chest_pain' },
        { startedAt: '2026-11-20T08:00:00.000Z', localDate: '2026-11-20', stopReason: 'dizzy' },
      ],
      profile: { conditions: ['crps'], painAreas: ['knee'] },
    });
    expect(facts).toEqual({ ...FACTS, latestFlareDay: '2026-11-18', nerveDescriptorDays: 2, latestChestPainStopAt: '2026-11-12T08:00:00.000Z', conditions: ['crps'], painAreas: ['knee'] });
  });

  it('has no conditions or areas before intake', () => {
    expect(lessonFactsOf({ today: '2026-11-24', now: NOW, checkins: [], badDays: [], sessions: [], profile: null })).toEqual(FACTS);
  });
});

describe('summarizeReads', () => {
  it('lists each lesson read once, in the catalog order, with its first and last read', () => {
    const events = [read('sleep', 1), read('hurt_is_not_harm', 9), later('crps', 2), read('sleep', 5), read('sleep', 3)];
    expect(summarizeReads(events)).toEqual([
      { lessonId: 'hurt_is_not_harm', firstReadAt: ago(9), lastReadAt: ago(9) },
      { lessonId: 'sleep', firstReadAt: ago(5), lastReadAt: ago(1) },
    ]);
  });
});

describe('offerLesson properties', () => {
  const RUNS = { seed: 14, numRuns: 300 };
  const event = fc.record({ lessonId: fc.constantFrom(...LESSON_IDS), kind: fc.constantFrom(...LESSON_EVENT_KINDS), at: fc.integer({ min: 0, max: 120 * 24 }).map((h) => new Date(Date.parse(NOW) - h * 3_600_000).toISOString()) });
  const facts = fc.record({
    today: fc.constant('2026-11-24'),
    now: fc.constant(NOW),
    latestFlareDay: fc.option(fc.integer({ min: 0, max: 20 }).map((d) => new Date(Date.parse('2026-11-24') - d * DAY).toISOString().slice(0, 10))),
    nerveDescriptorDays: fc.integer({ min: 0, max: 14 }),
    latestChestPainStopAt: fc.option(fc.integer({ min: 0, max: 20 * 24 }).map((h) => new Date(Date.parse(NOW) - h * 3_600_000).toISOString())),
    conditions: fc.subarray([...CONDITIONS]),
    painAreas: fc.subarray([...PAIN_AREAS]),
  });

  it('is deterministic, ignores the order of events, and offers only known lessons', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), facts, (events, f) => {
        const offer = offerLesson(events, f);
        expect(offerLesson([...events].reverse(), f)).toEqual(offer);
        expect(offerLesson(events, f)).toEqual(offer);
        if (offer) expect(isLessonId(offer.lessonId)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never offers by order within the pace window of a read, nor a lesson already read', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), facts, (events, f) => {
        const offer = offerLesson(events, f);
        if (offer?.reason !== 'next_in_order') return;
        const reads = events.filter((e) => e.kind === 'read');
        expect(reads.some((e) => Date.parse(e.at) > Date.parse(NOW) - LESSON_PACE_DAYS * DAY)).toBe(false);
        expect(reads.some((e) => e.lessonId === offer.lessonId)).toBe(false);
      }),
      RUNS,
    );
  });
});
