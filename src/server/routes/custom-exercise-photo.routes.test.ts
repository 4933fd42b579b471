// The photo routes of a clinician's exercise on every database kind (issue 11): the upload walks
// 401 → 404 (a person, another clinician) → 415/413/400 (wrong type, too large, not an image, a
// decompression bomb) → 200, and the stored photo has no metadata; the photo is served with
// `Cache-Control: private` to its author, the practice when shared and the person it is
// prescribed to, and is not found for anyone else.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';
import { CHAIR_STAND, includeFor, jpegWithGps, pngBomb } from './custom-exercise.test-data.js';

type Who = { cookie: string; id: string };
const E = '/api/practice/exercises';
const ALT = 'Lena in a clinic room, standing up from a wooden chair.';

describe.each(testDatabaseKinds())('exercise photo routes on $name', (kind) => {
  let test: TestApp;
  let lena: Who;
  let omar: Who;
  let walter: Who;
  let exerciseId: string;
  let jpeg: Buffer;
  const upload = (who: Who | null, body: Buffer | string, type: string, alt: string | null = ALT, id = exerciseId) =>
    test.request({
      method: 'PUT',
      url: `${E}/${id}/photo${alt === null ? '' : `?alt=${encodeURIComponent(alt)}`}`,
      headers: { 'content-type': type },
      payload: body,
      ...(who ? { cookie: who.cookie } : {}),
    });
  const fetchPhoto = (who: Who | null, url: string) => test.request({ method: 'GET', url, ...(who ? { cookie: who.cookie } : {}) });
  beforeAll(async () => {
    test = await startTestApp(kind);
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    omar = await signUpStaff(test, 'omar@example.org', 'clinician', 'Omar');
    walter = await signUpPerson(test, 'walter@example.org', { name: 'Walter' });
    const made = await test.request({ method: 'POST', url: E, cookie: lena.cookie, payload: CHAIR_STAND });
    exerciseId = made.json<{ id: string }>().id;
    jpeg = await jpegWithGps();
  });
  afterAll(async () => test.close());

  it('answers 401 without a session, and 404 to a person or another clinician', async () => {
    expect((await upload(null, jpeg, 'image/jpeg')).statusCode).toBe(401);
    expect((await upload(walter, jpeg, 'image/jpeg')).statusCode).toBe(404);
    expect((await upload(omar, jpeg, 'image/jpeg')).statusCode).toBe(404);
    expect((await fetchPhoto(null, `/api/exercise-photos/${crypto.randomUUID()}`)).statusCode).toBe(401);
  });

  it.each([
    ['id', `${E}/not-mine/photo?alt=x`],
    ['alt', `${E}/c-00000000-0000-4000-8000-000000000000/photo`],
  ])('answers 400 naming %s', async (field, url) => {
    const response = await test.request({ method: 'PUT', url, cookie: lena.cookie, headers: { 'content-type': 'image/jpeg' }, payload: jpeg });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('answers 415 for a file that is not an image type', async () => {
    const response = await upload(lena, 'just some words', 'text/plain');
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({ code: 'unsupported_media_type', field: 'photo' });
    expect((await upload(lena, JSON.stringify({ a: 1 }), 'application/json')).statusCode).toBe(415);
  });

  it('answers 400 for bytes that are not an image, and for a decompression bomb', async () => {
    const words = await upload(lena, 'just some words', 'image/jpeg');
    expect(words.statusCode).toBe(400);
    expect(words.json().error.field).toBe('photo');
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(200_000);
    expect((await upload(lena, bomb, 'image/png')).statusCode).toBe(400);
  });

  it('answers 400 for an SVG, GIF or TIFF sent as a photo: only JPEG, PNG and WebP reach the decoders (review finding)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="red"/></svg>';
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } }).gif().toBuffer();
    const tiff = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } }).tiff().toBuffer();
    for (const [bytes, type] of [[svg, 'image/png'], [gif, 'image/jpeg'], [tiff, 'image/webp']] as const) {
      const response = await upload(lena, bytes, type);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe('photo');
    }
  });

  it('answers 413 in the error shape for a photo over 5 MB', async () => {
    const response = await upload(lena, Buffer.alloc(5 * 1024 * 1024 + 1, 1), 'image/jpeg');
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'payload_too_large', field: 'photo' });
  });

  it('stores the photo re-encoded, at most 1200 px, with no EXIF or GPS, and serves it privately', async () => {
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    expect(jpeg.length).toBeGreaterThan(500_000);
    const response = await upload(lena, jpeg, 'image/jpeg');
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<{ photo: { id: string; alt: string; url: string }; illustration: string; illustrationAlt: string }>();
    expect(view.photo.alt).toBe(ALT);
    expect(view.illustration).toBe(view.photo.url);
    expect(view.illustrationAlt).toBe(ALT);
    const served = await fetchPhoto(lena, view.photo.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toBe('private, max-age=3600');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1200, height: 800 });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
  });

  it('serves the photo to the practice only when shared, and to a person only while it is prescribed', async () => {
    const view = (await upload(lena, jpeg, 'image/jpeg')).json<{ photo: { url: string } }>();
    expect((await fetchPhoto(omar, view.photo.url)).statusCode).toBe(404);
    expect((await fetchPhoto(walter, view.photo.url)).statusCode).toBe(404);
    await test.request({ method: 'PUT', url: `${E}/${exerciseId}`, cookie: lena.cookie, payload: { ...CHAIR_STAND, shared: true } });
    expect((await fetchPhoto(omar, view.photo.url)).statusCode).toBe(200);
    const adjustment = await includeFor(test, walter.id, lena.id, exerciseId);
    expect((await fetchPhoto(walter, view.photo.url)).statusCode).toBe(200);
    const seen = await test.request({ method: 'GET', url: `/api/exercises/${exerciseId}`, cookie: walter.cookie });
    expect(seen.json()).toMatchObject({ illustration: view.photo.url, illustrationAlt: ALT });
    await test.database.db.updateTable('prescription_adjustments').set({ ended_at: test.clock.now() }).where('id', '=', adjustment).execute();
    expect((await fetchPhoto(walter, view.photo.url)).statusCode).toBe(404);
  });

  it('takes the photo away: the drawing shows again and the old photo is gone', async () => {
    const view = (await upload(lena, jpeg, 'image/jpeg')).json<{ photo: { url: string } }>();
    expect((await test.request({ method: 'DELETE', url: `${E}/${exerciseId}/photo`, cookie: omar.cookie })).statusCode).toBe(404);
    const response = await test.request({ method: 'DELETE', url: `${E}/${exerciseId}/photo`, cookie: lena.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ photo: null });
    expect(response.json().illustration).toMatch(/^\/illustrations\//);
    expect((await fetchPhoto(lena, view.photo.url)).statusCode).toBe(404);
  });
});
