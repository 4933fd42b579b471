// Push messages and notification links. Dimensions: the payload's shape (valid, missing or
// wrong fields, not JSON, not an object, no data), the link (same-origin path, other site,
// protocol-relative, script URL, missing) and the lengths of the words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseWindow, notificationTarget, readPushNotice, sameOriginPath } from './sw-push.js';

const ORIGIN = 'https://pacewise.example.org';
const FALLBACK = { title: 'Pacewise', body: 'You have a reminder waiting in Pacewise.' };
const GENERIC = { ...FALLBACK, url: '/', tag: 'pacewise-reminder' };
const good = { title: 'Time for your check-in', body: 'A minute, when it suits you.', url: '/checkin', tag: 'checkin' };

describe('readPushNotice', () => {
  it('shows the words, link and tag the server sent', () => {
    expect(readPushNotice(JSON.stringify(good), ORIGIN, FALLBACK)).toEqual(good);
  });

  it.each([
    ['no data', null],
    ['not JSON', 'Time for your check-in'],
    ['JSON null', 'null'],
    ['an array', JSON.stringify([good])],
    ['a number', '42'],
    ['no title', JSON.stringify({ ...good, title: undefined })],
    ['an empty title', JSON.stringify({ ...good, title: '   ' })],
    ['a title that is not text', JSON.stringify({ ...good, title: 7 })],
    ['no body', JSON.stringify({ ...good, body: undefined })],
    ['a very long body', JSON.stringify({ ...good, body: 'x'.repeat(401) })],
  ])('shows a generic notification for %s', (_name, text) => {
    expect(readPushNotice(text, ORIGIN, FALLBACK)).toEqual(GENERIC);
  });

  it.each([
    ['another site', 'https://evil.example/checkin'],
    ['a protocol-relative link', '//evil.example/checkin'],
    ['a backslash trick', '/\\evil.example'],
    ['a script URL', 'javascript:alert(1)'],
    ['a relative path', 'checkin'],
    ['no link', undefined],
  ])('opens the home page instead of %s', (_name, url) => {
    expect(readPushNotice(JSON.stringify({ ...good, url }), ORIGIN, FALLBACK).url).toBe('/');
  });

  it('uses the default tag when the tag is missing or too long', () => {
    expect(readPushNotice(JSON.stringify({ ...good, tag: undefined }), ORIGIN, FALLBACK).tag).toBe('pacewise-reminder');
    expect(readPushNotice(JSON.stringify({ ...good, tag: 't'.repeat(65) }), ORIGIN, FALLBACK).tag).toBe('pacewise-reminder');
  });

  it('never throws and always links inside the app, whatever arrives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null)), (text) => {
        const notice = readPushNotice(text, ORIGIN, FALLBACK);
        expect(notice.title.length).toBeGreaterThan(0);
        expect(new URL(notice.url, ORIGIN).origin).toBe(ORIGIN);
      }),
    );
  });
});

describe('sameOriginPath', () => {
  it.each([
    ['/checkin', '/checkin'],
    ['/sessions/2026-12-06/morning?from=push#top', '/sessions/2026-12-06/morning?from=push#top'],
    ['/../checkin', '/checkin'],
    ['//evil.example', null],
    ['https://pacewise.example.org/checkin', null],
    ['', null],
    [42, null],
  ])('%s → %s', (value, path) => {
    expect(sameOriginPath(value, ORIGIN)).toBe(path);
  });

  it('keeps every path it accepts on our origin', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const path = sameOriginPath(value, ORIGIN);
        if (path !== null) expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
      }),
    );
  });
});

describe('notificationTarget', () => {
  it.each([
    [{ url: '/plan' }, '/plan'],
    [{ url: 'https://evil.example' }, '/'],
    [null, '/'],
    ['/plan', '/'],
    [{}, '/'],
  ])('%j → %s', (data, path) => {
    expect(notificationTarget(data, ORIGIN)).toBe(path);
  });
});

describe('chooseWindow', () => {
  const home = `${ORIGIN}/`;
  const checkin = `${ORIGIN}/checkin`;
  const other = 'https://evil.example/checkin';
  it.each([
    ['no windows: open one', [], '/checkin', null],
    ['only another site: open one', [other], '/checkin', null],
    ['one already there: focus it', [home, checkin], '/checkin', { index: 1, navigate: false }],
    ['ours elsewhere: focus and move it', [other, home], '/checkin', { index: 1, navigate: true }],
  ])('%s', (_name, urls, path, choice) => {
    expect(chooseWindow(urls, path, ORIGIN)).toEqual(choice);
  });
});
