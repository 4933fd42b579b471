/** Instants written in the person's own zone with its offset, as a clinic's systems read them. */
import { zoneOffsetMs } from '../zoned-time.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The offset of a zone at an instant as `+01:00`, `-03:30` or `+00:00`. */
export function formatOffset(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An instant as ISO 8601 wall-clock time in a zone with its offset: `2026-11-24T08:30:00+01:00`. */
export function toZonedIsoInstant(instant: string, timeZone: string): string {
  const epochMs = Math.floor(Date.parse(instant) / 1000) * 1000;
  const offset = zoneOffsetMs(epochMs, timeZone);
  return new Date(epochMs + offset).toISOString().slice(0, 19) + formatOffset(offset);
}
