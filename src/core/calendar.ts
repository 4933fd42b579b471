/**
 * Calendar days in a person's own time zone. "Today" and every daily figure use the person's
 * calendar, never the server's. Instants are ISO-8601 strings in UTC; days are `YYYY-MM-DD`.
 */
export type LocalDate = string;

const formatterCache = new Map<string, Intl.DateTimeFormat>();
/** More zones than exist: the cache is bounded even if odd spellings of one zone reach it. */
export const MAX_CACHED_ZONES = 1_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterCache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    if (formatterCache.size >= MAX_CACHED_ZONES) formatterCache.clear();
    formatterCache.set(timeZone, formatter);
  }
  return formatter;
}

/** How many formatters the day cache holds (bounded by MAX_CACHED_ZONES). */
export function cachedZoneCount(): number {
  return formatterCache.size;
}

/**
 * The runtime's own spelling of an IANA time zone (`europe/berlin` → `Europe/Berlin`), or null
 * when it does not know the zone. Validating caches nothing, so spellings cannot pile up.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  if (timeZone.length === 0 || timeZone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** True when the runtime knows this IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

// Every UTC offset in use, and every clock change, falls on a quarter hour, so all instants of
// one UTC quarter hour share their calendar day in any zone: cache the day per quarter hour.
const QUARTER_HOUR_MS = 900_000;
const dayCache = new Map<string, LocalDate>();

/** The person's calendar day at an instant. */
export function toLocalDate(instant: string, timeZone: string): LocalDate {
  const ms = Date.parse(instant);
  const key = `${timeZone}|${Math.floor(ms / QUARTER_HOUR_MS)}`;
  const cached = dayCache.get(key);
  if (cached !== undefined) return cached;
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  if (dayCache.size >= 50_000) dayCache.clear();
  dayCache.set(key, day);
  return day;
}

/** The day `days` after (or before, when negative) a calendar day. */
export function addDays(day: LocalDate, days: number): LocalDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return shifted.toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function listDays(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** True for a real calendar day written as YYYY-MM-DD. */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return addDays(value, 0) === value;
}

/** The years Pacewise takes dates in: a journal entry, a range or a go-ahead outside them is a typo. */
export const SUPPORTED_YEARS = { first: 1900, last: 2100 } as const;

/** The longest range of days a list or insights answer covers at once (a year, leap day included). */
export const MAX_RANGE_DAYS = 366;

/** True for a year from 1900 to 2100 at the start of a `YYYY-…` date or instant. */
export function isInSupportedYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return /^\d{4}-/.test(value) && year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last;
}

/** The number of days from `from` to `to`, both included (0 when `to` is before `from`). */
export function countDaysIncluded(from: LocalDate, to: LocalDate): number {
  const toUtc = (day: LocalDate) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.max(0, Math.round((toUtc(to) - toUtc(from)) / 86_400_000) + 1);
}

/**
 * What is wrong with a range of days (or of instants, by their UTC days), if anything: it ends
 * before it starts, or it is longer than MAX_RANGE_DAYS.
 */
export function findRangeProblem(from: string, to: string): 'ends_before_start' | 'too_long' | null {
  if (from > to) return 'ends_before_start';
  return countDaysIncluded(from.slice(0, 10), to.slice(0, 10)) > MAX_RANGE_DAYS ? 'too_long' : null;
}

/** The day of the week, 1 for Monday to 7 for Sunday (ISO 8601). */
export function isoWeekday(day: LocalDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const sundayZero = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** The Monday that starts the week of a day. */
export function weekStartOf(day: LocalDate): LocalDate {
  return addDays(day, 1 - isoWeekday(day));
}

/** Device clocks drift: an entry may be logged up to this far ahead of the server's clock. */
export const CLOCK_DRIFT_MS = 5 * 60_000;

/** True when an instant lies in the future beyond the allowed clock drift. */
export function isInFuture(instant: string, now: string): boolean {
  return Date.parse(instant) - Date.parse(now) > CLOCK_DRIFT_MS;
}
