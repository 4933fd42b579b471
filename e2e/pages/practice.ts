/** What the practice walks share: an intake answer set and a clock for past days. */

/** Maya's intake: low back pain, 15 minutes on 5 mornings, a chair. */
export const PRACTICE_PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 5, preferredTimes: ['morning'], equipment: ['chair'], likes: ['walking'], painToday: 4,
  safety: { heart_condition: false },
};

/** The instant `n` days ago at `hour`:00 UTC. */
export function daysAgo(n: number, hour = 8): string {
  const at = new Date(Date.now() - n * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
}
