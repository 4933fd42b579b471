/** Pacing for the screen: a quota in words, and the changes newest first. */
import type { PacingResponse } from '../../../contract/plan.js';
import type { PacingWords } from './messages.js';

export type QuotaView = PacingResponse['quotas'][number];
export type ChangeView = PacingResponse['changes'][number];

/** "Walking: 9 minutes a day", "Sit-to-stand: 2 sets of 10". */
export function describeQuota(quota: QuotaView, words: PacingWords['quota']): string {
  switch (quota.unit) {
    case 'minutes':
      return words.minutes(quota.label, quota.value);
    case 'reps':
      return quota.sets === undefined
        ? words.reps(quota.label, quota.value)
        : words.setsOfReps(quota.label, quota.sets, quota.value);
    case 'sets':
      return words.sets(quota.label, quota.value);
  }
}

/** The changes with the newest day first; changes of the same day keep their order. */
export function newestFirst(changes: readonly ChangeView[]): ChangeView[] {
  return [...changes].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1));
}
