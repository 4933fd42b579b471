// Covers: exact and parameterised matches, trailing slashes, encoded and malformed segments,
// unknown paths, building paths, and which "next" paths are safe after signing in.
import { describe, expect, it } from 'vitest';
import { findRoute, matchPath, pathTo, safeNextPath } from './match-route.js';

describe('matchPath', () => {
  it.each([
    ['/', '/', {}],
    ['/history', '/history', {}],
    ['/history', '/history/', {}],
    ['/checkins/:id/edit', '/checkins/abc/edit', { id: 'abc' }],
    ['/checkins/:id/edit', '/checkins/a%20b/edit', { id: 'a b' }],
  ])('%s matches %s', (pattern, path, params) => {
    expect(matchPath(pattern, path)).toEqual(params);
  });

  it.each([
    ['/history', '/histories'],
    ['/checkins/:id/edit', '/checkins/edit'],
    ['/checkins/:id/edit', '/checkins/%E0%A4%A/edit'],
    ['/', '/anything'],
  ])('%s does not match %s', (pattern, path) => {
    expect(matchPath(pattern, path)).toBeNull();
  });
});

describe('findRoute', () => {
  it('finds pages by path', () => {
    expect(findRoute('/')).toEqual({ name: 'home', params: {} });
    expect(findRoute('/checkins/42/edit')).toEqual({ name: 'editCheckin', params: { id: '42' } });
    expect(findRoute('/nowhere')).toBeNull();
    expect(findRoute('/library')).toEqual({ name: 'library', params: {} });
    expect(findRoute('/library/wall-push-up')).toEqual({
      name: 'exercise',
      params: { id: 'wall-push-up' },
    });
    expect(findRoute('/plan')).toEqual({ name: 'plan', params: {} });
    expect(findRoute('/pacing')).toEqual({ name: 'pacing', params: {} });
    expect(findRoute('/pacing/starting-point/walking')).toEqual({
      name: 'startingPoint',
      params: { kind: 'walking' },
    });
    expect(findRoute('/insights')).toEqual({ name: 'insights', params: {} });
    expect(findRoute('/session/2026-11-24/morning')).toEqual({
      name: 'session',
      params: { date: '2026-11-24', slot: 'morning' },
    });
    expect(findRoute('/session/log-activity')).toEqual({ name: 'logActivity', params: {} });
  });

  it('builds paths', () => {
    expect(pathTo('editCheckin', { id: 'a/b' })).toBe('/checkins/a%2Fb/edit');
    expect(pathTo('account')).toBe('/account');
  });
});

describe('safeNextPath', () => {
  it.each([
    [null, '/'],
    ['/history', '/history'],
    ['/checkin?x=1', '/checkin?x=1'],
    ['/library?position=seated&region=knee', '/library?position=seated&region=knee'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/not-a-page', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
