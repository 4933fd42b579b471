/** Dates on the care pages, in the reader's time zone. */

/** "24 November 2026" for an instant. */
export function formatDate(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(instant));
}

/** "24 Nov, 08:30" for an instant. */
export function formatDateTime(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant));
}

/** "3 May" for a calendar day. */
export function formatDayMonth(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
