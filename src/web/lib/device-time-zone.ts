/** The time zone this device reports, when it is one we can use. */
import { isValidTimeZone } from '../../core/calendar.js';

/** The device's IANA time zone name, or `undefined` when the browser gives none we know. */
export function deviceTimeZone(): string | undefined {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidTimeZone(zone) ? zone : undefined;
}
