/**
 * The emergency number Pacewise shows when it says to call for help. A practice sets its own
 * (EMERGENCY_NUMBER); otherwise it is guessed from the person's IANA time zone, and 112 (which
 * reaches emergency services from most mobile phones) is the fallback.
 */

// Exact zones first, then the region the zone's name starts with. Regions with many national
// numbers (Asia, Africa) fall back to 112: a practice there should set EMERGENCY_NUMBER.
const BY_ZONE: Readonly<Record<string, string>> = {
  'Europe/London': '999',
  'Europe/Belfast': '999',
  'Europe/Guernsey': '999',
  'Europe/Isle_of_Man': '999',
  'Europe/Jersey': '999',
  'Pacific/Auckland': '111',
  'Pacific/Chatham': '111',
  'Asia/Tokyo': '119',
  'Asia/Seoul': '119',
  'Asia/Hong_Kong': '999',
};

const BY_REGION: Readonly<Record<string, string>> = {
  Europe: '112',
  America: '911',
  Australia: '000',
};

/** The fallback number: it works from most mobile phones in many countries. */
export const FALLBACK_EMERGENCY_NUMBER = '112';

/** The emergency number for a time zone: exact zone, then region, then 112. */
export function emergencyNumberFor(timeZone: string): string {
  const exact = BY_ZONE[timeZone];
  if (exact) return exact;
  const region = timeZone.split('/')[0] ?? '';
  return BY_REGION[region] ?? FALLBACK_EMERGENCY_NUMBER;
}

/** Digits, and a leading + or the * and # some networks use; 2 to 15 characters. */
export const EMERGENCY_NUMBER_PATTERN = /^\+?[0-9*#]{2,15}$/;

/** The `tel:` address of a number, so a phone can call it with one tap. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+*#]/g, '').replace(/#/g, '%23')}`;
}
