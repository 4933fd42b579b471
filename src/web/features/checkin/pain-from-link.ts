/** Home's quick check-in links to `/checkin?pain=N`: the pain chosen there, when it is a whole number from 0 to 10. */

/** The pain in a `pain` query value, or null when it is missing or not 0-10. */
export function painFromLink(value: string | null): number | null {
  if (value === null || !/^(?:[0-9]|10)$/.test(value)) return null;
  return Number(value);
}
