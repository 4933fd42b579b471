/**
 * Time zones as a person looks for them: by today's name of their city ("Kolkata", not the
 * "Calcutta" some runtimes still report), by region, or by the offset on their clock ("+5:30").
 * Pure: the runtime's list of zones and the instant are passed in.
 */

import { currentZoneName } from './zone-names.js';

export { currentZoneName, RENAMED_ZONES } from './zone-names.js';

/** One zone as the picker shows it: the value to store, and the parts a person reads. */
export interface ZoneChoice {
  /** The name the runtime knows (what is sent and stored). */
  value: string;
  /** Today's name, e.g. `Asia/Kolkata`. */
  name: string;
  /** The place, e.g. `Kolkata` or `Buenos Aires`. */
  city: string;
  /** The area before the place, e.g. `Asia` or `America/Argentina`; empty for `UTC`. */
  region: string;
  /** The offset from UTC at the given instant, e.g. `+05:30`, `-03:00`, `+00:00`. */
  offset: string;
}

/** How a zone reads: its place and region from today's name, and its offset at `atMs`. */
export function describeZone(zone: string, atMs: number): ZoneChoice {
  const name = currentZoneName(zone);
  const cut = name.lastIndexOf('/');
  return {
    value: zone,
    name,
    city: (cut < 0 ? name : name.slice(cut + 1)).replaceAll('_', ' '),
    region: cut < 0 ? '' : name.slice(0, cut).replaceAll('_', ' '),
    offset: offsetAt(zone, atMs),
  };
}

function offsetAt(zone: string, atMs: number): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(atMs);
    const text = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    return text === 'GMT' ? '+00:00' : text.replace('GMT', '');
  } catch {
    return '+00:00';
  }
}

/** Every zone described at `atMs`, sorted by region then place, with the current choice kept. */
export function zoneChoices(zones: readonly string[], current: string, atMs: number): ZoneChoice[] {
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all
    .map((zone) => describeZone(zone, atMs))
    .sort((a, b) => a.region.localeCompare(b.region) || a.city.localeCompare(b.city));
}

/** A search's words, lower case, without accents, underscores or slashes. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_/]+/g, ' ');
}

/** The offset as someone may type it: `+5:30`, `+0530`, `utc+5`, `gmt-3`. */
function offsetQuery(query: string): string | null {
  const match = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/u.exec(query.trim().toLowerCase());
  if (!match) return null;
  const [, sign = '+', hours = '0', minutes = '00'] = match;
  return `${sign === '-' ? '-' : '+'}${hours.padStart(2, '0')}:${minutes}`;
}

/**
 * The choices that match `query`, best first: a place that starts with it, then a place that
 * contains it, then a region or an older name; an offset query matches that offset. At most `limit`.
 */
export function searchZones(choices: readonly ZoneChoice[], query: string, limit = 12): ZoneChoice[] {
  const offset = offsetQuery(query);
  if (offset !== null) return choices.filter((choice) => choice.offset === offset).slice(0, limit);
  const words = fold(query).split(/\s+/u).filter((word) => word.length > 0);
  if (words.length === 0) return [];
  const ranked: { choice: ZoneChoice; rank: number }[] = [];
  for (const choice of choices) {
    const rank = rankOf(choice, words);
    if (rank !== null) ranked.push({ choice, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank).slice(0, limit).map((entry) => entry.choice);
}

function rankOf(choice: ZoneChoice, words: readonly string[]): number | null {
  const city = fold(choice.city);
  const everything = `${city} ${fold(choice.region)} ${fold(choice.value)} ${fold(choice.name)}`;
  if (!words.every((word) => everything.includes(word))) return null;
  const phrase = words.join(' ');
  if (city === phrase) return 0;
  if (city.startsWith(phrase)) return 1;
  if (city.includes(phrase)) return 2;
  return 3;
}
