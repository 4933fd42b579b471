/** The optional detail of a check-in (issue 14), as the API takes and gives it. */
import { z } from 'zod';
import {
  DETAIL_LIMITS,
  JOURNAL_REGIONS,
  PAIN_DESCRIPTORS,
  RELIEF_KINDS,
  SPREAD_TARGETS,
  TRIGGERS,
  type CheckinDetail,
} from '../core/journal/detail.js';
import { Scale0to10, distinctList, plainText } from './common.js';

const ownWords = (max: number) => plainText(max).nullable().default(null);

export const RegionPainSchema = z.strictObject({ region: z.enum(JOURNAL_REGIONS), pain: Scale0to10 });

export const ReliefEntrySchema = z.strictObject({
  kind: z.enum(RELIEF_KINDS),
  /** How much it helped, 0 (not at all) to 10 (completely), at the time. */
  helped: Scale0to10.nullable().default(null),
  /** How much it helped when asked again an hour or more later. */
  helpedLater: Scale0to10.nullable().default(null),
});

function distinctBy<K extends string>(key: K) {
  return (list: readonly Record<K, string>[]) => new Set(list.map((item) => item[key])).size === list.length;
}

/** Every part optional; omitted lists are empty and omitted words are null. */
export const CheckinDetailSchema = z.strictObject({
  regionPain: z
    .array(RegionPainSchema)
    .max(JOURNAL_REGIONS.length)
    .refine(distinctBy('region'), 'Each region may appear only once.')
    .default([]),
  spreadsTo: distinctList(SPREAD_TARGETS).default([]),
  descriptors: distinctList(PAIN_DESCRIPTORS).default([]),
  triggers: distinctList(TRIGGERS).default([]),
  otherTrigger: ownWords(DETAIL_LIMITS.otherText),
  relief: z
    .array(ReliefEntrySchema)
    .max(RELIEF_KINDS.length)
    .refine(distinctBy('kind'), 'Each kind of relief may appear only once.')
    .default([]),
  otherRelief: ownWords(DETAIL_LIMITS.otherText),
  medication: ownWords(DETAIL_LIMITS.medication),
});
export type CheckinDetailInput = z.input<typeof CheckinDetailSchema>;

/** The parsed detail is the core's `CheckinDetail`, field for field. */
export const detailMatchesCore: z.infer<typeof CheckinDetailSchema> extends CheckinDetail ? (CheckinDetail extends z.infer<typeof CheckinDetailSchema> ? true : never) : never = true;
