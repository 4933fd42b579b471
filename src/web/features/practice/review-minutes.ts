/** The minutes a review form starts with: the whole minutes the record has been open. */

/** Whole minutes since a moment, at least 1 (a glance still counts as a minute). */
export function minutesOpen(openedAtMs: number, nowMs: number): number {
  return Math.max(1, Math.floor((nowMs - openedAtMs) / 60_000));
}

/** The minutes typed, when they are whole minutes from 1 to 240; null otherwise. */
export function parseReviewMinutes(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= 1 && value <= 240 ? value : null;
}
