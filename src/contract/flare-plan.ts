/** A flare plan of the person's own (issue 14). */
import { z } from 'zod';
import { FLARE_PLAN_TEXT_MAX } from '../core/flare-plan.js';
import { RELIEF_KINDS } from '../core/journal/detail.js';
import { Instant, distinctList, plainText } from './common.js';

const ownWords = plainText(FLARE_PLAN_TEXT_MAX).nullable().default(null);

export const PutFlarePlanRequest = z.strictObject({
  helps: distinctList(RELIEF_KINDS).default([]),
  helpsOwnWords: ownWords,
  firstDays: ownWords,
  stopDoing: ownWords,
  tellWho: ownWords,
  tellAsk: ownWords,
  callDoctor: ownWords,
});
export type PutFlarePlanRequest = z.input<typeof PutFlarePlanRequest>;

export const FlarePlanSchema = PutFlarePlanRequest.extend({ updatedAt: Instant });
export type FlarePlanSchema = z.infer<typeof FlarePlanSchema>;

/** My flare plan, or null when I have not written one. */
export const FlarePlanResponse = z.object({ plan: FlarePlanSchema.nullable() });
export type FlarePlanResponse = z.infer<typeof FlarePlanResponse>;
