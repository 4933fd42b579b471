import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentZoneName, describeZone, RENAMED_ZONES, searchZones, zoneChoices } from './time-zones.js';

const ZONES = Intl.supportedValuesOf('timeZone');
const JANUARY = Date.parse('2026-01-15T12:00:00Z');
const JULY = Date.parse('2026-07-15T12:00:00Z');
const choices = zoneChoices(ZONES, 'Europe/Berlin', JANUARY);
const cities = (query: string) => searchZones(choices, query).map((choice) => choice.city);

describe('time zones as a person looks for them', () => {
  it('reads older names by their name of today, and both are zones the runtime knows', () => {
    for (const [older, today] of Object.entries(RENAMED_ZONES)) {
      expect(currentZoneName(older)).toBe(today);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: today })).not.toThrow();
      expect(describeZone(older, JANUARY).offset).toBe(describeZone(today, JANUARY).offset);
    }
    expect(currentZoneName('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it.each([
    ['Asia/Calcutta', 'Kolkata', 'Asia', '+05:30', JANUARY],
    ['America/Buenos_Aires', 'Buenos Aires', 'America/Argentina', '-03:00', JANUARY],
    ['Europe/Berlin', 'Berlin', 'Europe', '+01:00', JANUARY],
    ['Europe/Berlin', 'Berlin', 'Europe', '+02:00', JULY],
    ['America/St_Johns', 'St Johns', 'America', '-03:30', JANUARY],
    ['UTC', 'UTC', '', '+00:00', JANUARY],
  ])('describes %s as %s in %s at %s', (zone, city, region, offset, at) => {
    expect(describeZone(zone, at)).toMatchObject({ value: zone, city, region, offset });
  });

  it('finds a place by the start of its name first', () => {
    expect(cities('kolk')[0]).toBe('Kolkata');
    expect(cities('calcutta')[0]).toBe('Kolkata');
    expect(cities('new york')[0]).toBe('New York');
    expect(cities('berlin')).toEqual(['Berlin']);
    expect(cities('saint')).toEqual([]);
    expect(cities('sao paulo')[0]).toBe('Sao Paulo');
    expect(cities('São Paulo')[0]).toBe('Sao Paulo');
    expect(cities('  ')).toEqual([]);
  });

  it('puts a whole-name match before places that only contain the words', () => {
    expect(cities('lima')[0]).toBe('Lima');
    expect(cities('paris')[0]).toBe('Paris');
  });

  it('finds zones by their offset as people type it', () => {
    for (const query of ['+5:30', '+0530', 'utc+5:30', 'GMT +05:30']) {
      expect(cities(query)).toContain('Kolkata');
    }
    expect(searchZones(choices, 'utc-3', 50).every((choice) => choice.offset === '-03:00')).toBe(true);
    expect(searchZones(choices, '+1', 100).map((choice) => choice.city)).toContain('Berlin');
  });

  it('keeps the current zone even when the runtime does not list it', () => {
    const list = zoneChoices(['Europe/Berlin'], 'Etc/GMT+3', JANUARY);
    expect(list.map((choice) => choice.value)).toEqual(['Etc/GMT+3', 'Europe/Berlin']);
  });

  it('never answers more than the limit, and every answer holds every word typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 1, max: 20 }), (query, limit) => {
        const found = searchZones(choices, query, limit);
        expect(found.length).toBeLessThanOrEqual(limit);
      }),
    );
  });
});
