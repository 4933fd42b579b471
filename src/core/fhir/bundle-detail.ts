/**
 * A check-in's detail (issue 14) as components of its pain Observation, coded by text like the
 * other check-in items (no LOINC code for these self-reports was confirmed in clinical-sources §7):
 * a region's own 0-10 carries the region after the text (`Pain in a region, 0-10: knee`), lists are
 * one component per value, relief is "tried" plus its 0-10 then and later, and the person's own
 * words are strings. Read back by `readDetail`.
 */
import {
  EMPTY_DETAIL,
  isEmptyDetail,
  JOURNAL_REGIONS,
  PAIN_DESCRIPTORS,
  RELIEF_KINDS,
  SPREAD_TARGETS,
  TRIGGERS,
  type CheckinDetail,
  type ReliefKind,
} from '../journal/detail.js';
import type { JsonObject } from './json.js';
import { isObject } from './json.js';

/** The components' texts. */
export const DETAIL_TEXT = {
  regionPain: 'Pain in a region, 0-10',
  spreadsTo: 'Pain spreads to',
  descriptor: 'Pain feels like',
  trigger: 'Set off by',
  otherTrigger: 'Set off by, in own words',
  tried: 'Tried for relief',
  helped: 'How much it helped at the time, 0-10',
  helpedLater: 'How much it helped when asked later, 0-10',
  otherRelief: 'Tried for relief, in own words',
  medication: 'Medication taken, in own words',
} as const;

type Component = Record<string, unknown>;
const concept = (text: string, value: string): Component => ({ code: { text }, valueCodeableConcept: { text: value } });
const words = (text: string, value: string | null): Component[] => (value ? [{ code: { text }, valueString: value }] : []);
const score = (text: string, of: string, value: number | null): Component[] => (value === null ? [] : [{ code: { text: `${text}: ${of}` }, valueInteger: value }]);

/** The detail's components, in the detail's own order; none without a detail. */
export function detailComponents(detail: CheckinDetail | null): Component[] {
  if (detail === null) return [];
  return [
    ...detail.regionPain.flatMap((r) => score(DETAIL_TEXT.regionPain, r.region, r.pain)),
    ...detail.spreadsTo.map((target) => concept(DETAIL_TEXT.spreadsTo, target)),
    ...detail.descriptors.map((d) => concept(DETAIL_TEXT.descriptor, d)),
    ...detail.triggers.map((t) => concept(DETAIL_TEXT.trigger, t)),
    ...words(DETAIL_TEXT.otherTrigger, detail.otherTrigger),
    ...detail.relief.flatMap((r) => [concept(DETAIL_TEXT.tried, r.kind), ...score(DETAIL_TEXT.helped, r.kind, r.helped), ...score(DETAIL_TEXT.helpedLater, r.kind, r.helpedLater)]),
    ...words(DETAIL_TEXT.otherRelief, detail.otherRelief),
    ...words(DETAIL_TEXT.medication, detail.medication),
  ];
}

const textOf = (c: JsonObject): string => {
  const code = c['code'];
  return isObject(code) && typeof code['text'] === 'string' ? code['text'] : '';
};
const conceptOf = (c: JsonObject): string => {
  const value = c['valueCodeableConcept'];
  return isObject(value) && typeof value['text'] === 'string' ? value['text'] : '';
};
const integerOf = (c: JsonObject): number | null => (typeof c['valueInteger'] === 'number' ? c['valueInteger'] : null);
const stringOf = (c: JsonObject): string | null => (typeof c['valueString'] === 'string' ? c['valueString'] : null);
const known = <T extends string>(values: readonly T[]) => (value: string): value is T => (values as readonly string[]).includes(value);

/** The detail the components carry, or null when they carry none. */
export function readDetail(components: readonly JsonObject[]): CheckinDetail | null {
  const withText = (text: string) => components.filter((c) => textOf(c) === text);
  const scored = (text: string) => components.flatMap((c) => (textOf(c).startsWith(`${text}: `) ? [{ of: textOf(c).slice(text.length + 2), value: integerOf(c) }] : []));
  const scoreFor = (text: string, kind: ReliefKind) => scored(text).find((s) => s.of === kind)?.value ?? null;
  const detail: CheckinDetail = {
    ...EMPTY_DETAIL,
    regionPain: scored(DETAIL_TEXT.regionPain).flatMap(({ of, value }) => (known(JOURNAL_REGIONS)(of) && value !== null ? [{ region: of, pain: value }] : [])),
    spreadsTo: withText(DETAIL_TEXT.spreadsTo).map(conceptOf).filter(known(SPREAD_TARGETS)),
    descriptors: withText(DETAIL_TEXT.descriptor).map(conceptOf).filter(known(PAIN_DESCRIPTORS)),
    triggers: withText(DETAIL_TEXT.trigger).map(conceptOf).filter(known(TRIGGERS)),
    otherTrigger: withText(DETAIL_TEXT.otherTrigger).map(stringOf)[0] ?? null,
    relief: withText(DETAIL_TEXT.tried).map(conceptOf).filter(known(RELIEF_KINDS)).map((kind) => ({
      kind, helped: scoreFor(DETAIL_TEXT.helped, kind), helpedLater: scoreFor(DETAIL_TEXT.helpedLater, kind),
    })),
    otherRelief: withText(DETAIL_TEXT.otherRelief).map(stringOf)[0] ?? null,
    medication: withText(DETAIL_TEXT.medication).map(stringOf)[0] ?? null,
  };
  return isEmptyDetail(detail) ? null : detail;
}
