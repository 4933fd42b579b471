/** Test data for the custom-exercise routes: a valid exercise, images, and a prescription row. */
import { deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { TestApp } from '../testing.js';

/** A clinician's exercise as the editor sends it. */
export const CHAIR_STAND = {
  name: 'Chair stand with a pause',
  purpose: 'Stronger legs for getting up from a chair.',
  pillar: 'strengthening',
  positions: ['seated', 'standing'],
  limbs: ['legs'],
  equipment: ['chair'],
  regions: ['knee'],
  level: 1,
  avoidWith: [],
  cautionNote: null,
  dose: { sets: 2, reps: 6 },
  easier: null,
  harder: null,
  steps: ['Sit near the front of a steady chair.', 'Lean forward a little and stand up slowly.', 'Pause, then sit down slowly.'],
  breathing: 'Breathe out as you stand, in as you sit.',
  feel: 'Work in the thighs, easy on the knees.',
  stopIf: 'Sharp knee pain: stop and rest.',
  activity: null,
  poseFrom: 'sit-to-stand',
  shared: false,
};

/** A small JPEG carrying EXIF with a GPS position, as phones write it. */
export async function jpegWithGps(width = 2400, height = 1600): Promise<Buffer> {
  // Noise, so the file is the size of a real photo (far above the API's JSON body limit).
  return sharp({ create: { width, height, channels: 3, background: '#88aacc', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg()
    .withExifMerge({ IFD0: { Copyright: 'Lena' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '13/1 24/1 0/1' } })
    .toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 20000 × 20000 one-bit PNG of a few kilobytes: a decompression bomb. */
export function pngBomb(): Buffer {
  const side = 20_000;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8);
  const rows = deflateSync(Buffer.alloc((1 + side / 8) * side));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]);
}

/** Writes an active include adjustment, as the prescription service stores one. */
export async function includeFor(test: TestApp, patientId: string, clinicianId: string, exerciseId: string): Promise<string> {
  const id = crypto.randomUUID();
  const at = test.clock.now();
  const data = { id, kind: 'include', exerciseId, days: [1, 4], confirmedRules: [], reason: null, setBy: { clinicianId, name: 'Lena', on: at.slice(0, 10), at } };
  await test.database.db
    .insertInto('prescription_adjustments')
    .values({ id, patient_id: patientId, clinician_id: clinicianId, kind: 'include', data: JSON.stringify(data), created_at: at, ended_at: null, ended_by: null })
    .execute();
  return id;
}
