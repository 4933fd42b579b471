/**
 * Number keys on a 0-10 scale: a digit picks its value, and "1" then "0" within a moment picks 10
 * (the way a person types ten). Pure, so the rule is tested without a browser.
 */

/** How long after "1" a "0" still means 10, in milliseconds. */
export const TEN_WINDOW_MS = 1500;

/** The key typed just before, and when. */
export interface LastDigit {
  digit: number;
  at: number;
}

/** The value a key picks on a scale of `steps` (or null when it picks none), and what to remember for the next key. */
export function valueForKey(
  key: string,
  at: number,
  last: LastDigit | null,
  steps: readonly number[],
): { value: number | null; last: LastDigit | null } {
  if (!/^[0-9]$/.test(key)) return { value: null, last };
  const digit = Number(key);
  const isTen = digit === 0 && last?.digit === 1 && at - last.at <= TEN_WINDOW_MS && steps.includes(10);
  if (isTen) return { value: 10, last: null };
  return { value: steps.includes(digit) ? digit : null, last: { digit, at } };
}
