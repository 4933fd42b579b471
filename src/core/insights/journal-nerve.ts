/**
 * Nerve-type days (issue 14): among days with any descriptor, the share with a nerve-type one
 * (`NERVE_DESCRIPTORS`), with Wilson's 95 % interval from 14 such days; and how often each
 * descriptor was noted (description).
 */
import { NERVE_DESCRIPTORS, PAIN_DESCRIPTORS, type PainDescriptor } from '../journal/detail.js';
import { DETAIL_HONESTY } from './honesty.js';
import type { DetailDay } from './journal-days.js';
import type { NerveDays } from './journal-types.js';
import { wilsonInterval } from './proportions.js';
import { roundTo } from './stats.js';

const NERVE: ReadonlySet<PainDescriptor> = new Set(NERVE_DESCRIPTORS);
const round3 = (x: number) => roundTo(x, 3);

/** The summary; null when no day of the range has a descriptor. */
export function summarizeNerveDays(detail: readonly (DetailDay | null)[]): NerveDays | null {
  const described = detail.filter((d): d is DetailDay => d !== null && d.descriptors.size > 0);
  if (described.length === 0) return null;
  const n = described.length;
  const nerveDays = described.filter((d) => [...d.descriptors].some((x) => NERVE.has(x))).length;
  const required = DETAIL_HONESTY.minDescribedDays;
  const isEnough = n >= required;
  const [low, high] = wilsonInterval(nerveDays, n);
  const descriptors = PAIN_DESCRIPTORS.map((descriptor) => ({
    descriptor,
    days: described.filter((d) => d.descriptors.has(descriptor)).length,
  })).filter((c) => c.days > 0);
  return {
    describedDays: n,
    nerveDays,
    required,
    share: isEnough ? round3(nerveDays / n) : null,
    ci: isEnough ? [round3(low), round3(high)] : null,
    descriptors,
  };
}
