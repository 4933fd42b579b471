// The emergency number from a time zone, and the tap-to-call address.
import { describe, expect, it } from 'vitest';
import { emergencyNumberFor, telHref } from './emergency-number.js';

describe('emergencyNumberFor', () => {
  it.each([
    ['Europe/Berlin', '112'],
    ['Europe/London', '999'],
    ['America/New_York', '911'],
    ['America/Toronto', '911'],
    ['Australia/Sydney', '000'],
    ['Pacific/Auckland', '111'],
    ['Asia/Tokyo', '119'],
    ['Africa/Nairobi', '112'],
    ['UTC', '112'],
  ])('%s → %s', (zone, number) => {
    expect(emergencyNumberFor(zone)).toBe(number);
  });
});

describe('telHref', () => {
  it.each([
    ['112', 'tel:112'],
    ['+44 20 7946 0000', 'tel:+442079460000'],
    ['*112#', 'tel:*112%23'],
  ])('%s → %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });
});
