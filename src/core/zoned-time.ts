/**
 * Wall-clock times in a person's own time zone, as written in an `<input type="datetime-local">`
 * (`YYYY-MM-DDTHH:mm`). The person's zone comes from their account, not from the device, so a
 * check-in "at 08:00" means 08:00 where they live.
 */
import { MAX_CACHED_ZONES } from './calendar.js';

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsCache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    if (partsCache.size >= MAX_CACHED_ZONES) partsCache.clear();
    partsCache.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockMs(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? '0');
  return Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
}

/** The offset from UTC, in milliseconds, of a time zone at an instant. */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockMs(wholeSecond, timeZone) - wholeSecond;
}

/** The wall-clock time `YYYY-MM-DDTHH:mm` in a time zone at an instant. */
export function toZonedDateTimeInput(instant: string, timeZone: string): string {
  const epochMs = Date.parse(instant);
  return new Date(wallClockMs(epochMs, timeZone)).toISOString().slice(0, 16);
}

/**
 * The instant (ISO-8601, UTC) of a wall-clock time `YYYY-MM-DDTHH:mm` in a time zone, or `null`
 * when the text is not such a time. A time skipped by a clock change resolves to just after it.
 */
export function fromZonedDateTimeInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  const first = asUtc - zoneOffsetMs(asUtc, timeZone);
  const second = asUtc - zoneOffsetMs(first, timeZone);
  // Keep the candidates that really show this wall time (both do in a repeated hour: take the
  // later). Near a change of offset only one may: 14:00 on 1 April 2028 on the Chatham Islands
  // was taken as 15:00 because the guess was made on the far side of the change. In a skipped
  // hour neither does, and the later one moves the time forward past the gap.
  const showsWall = (candidate: number) => asUtc - candidate === zoneOffsetMs(candidate, timeZone);
  const valid = [first, second].filter(showsWall);
  return new Date(Math.max(...(valid.length > 0 ? valid : [first, second]))).toISOString();
}
