/**
 * A clinician's photo of their exercise (issue 11): re-encoded by sharp to WebP, at most 1200 px
 * on its long side, turned upright by its EXIF orientation, with no metadata kept (EXIF, GPS and
 * colour profiles go; the pixels are converted to sRGB). Served only to those allowed to see it.
 */
import sharp from 'sharp';
import { practice, read } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import {
  findCustomExercise,
  findExercisePhoto,
  listIncludedExerciseIds,
  removeExercisePhoto,
  replaceExercisePhoto,
} from '../../db/custom-exercise.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { findOwnExercise } from './custom-exercise.service.js';

/** The image types a photo may be sent as. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The largest photo accepted, in bytes. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** More pixels than any camera's photo: a larger image is a decompression bomb and is refused. */
const MAX_INPUT_PIXELS = 60_000_000;
const LONG_SIDE = 1200;

const NOT_A_PHOTO = 'That file is not a photo we can read. Choose a JPEG, PNG or WebP photo.';

/** The photo as stored: WebP, upright, at most 1200 px, with no metadata. */
export async function reencodePhoto(bytes: Buffer): Promise<Buffer> {
  // Only the three photo formats reach the decoders: an SVG, GIF or TIFF sent as a photo is
  // refused before sharp draws it (librsvg and libtiff are more to attack).
  const format = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata().then((m) => m.format, () => undefined);
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp') throw new AppError('malformed_request', NOT_A_PHOTO, 'photo');
  try {
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: LONG_SIDE, height: LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw new AppError('malformed_request', NOT_A_PHOTO, 'photo');
  }
}

/** Gives the author's exercise a photo, replacing any it had. */
export async function putExercisePhoto(services: Services, actor: Person, exerciseId: string, alt: string, body: unknown): Promise<void> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  await findOwnExercise(services, actor, exerciseId);
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError('unsupported_media_type', 'Send the photo itself as JPEG, PNG or WebP.', 'photo');
  }
  const bytes = await reencodePhoto(body);
  await replaceExercisePhoto(services.db, { id: services.newId(), exerciseId, contentType: 'image/webp', bytes, alt, at: services.clock.now() });
}

/** Takes the author's photo away; the drawing shows again. */
export async function deleteExercisePhoto(services: Services, actor: Person, exerciseId: string): Promise<void> {
  await requireAccess(services, actor, practice('author_exercises'), actor.id);
  await findOwnExercise(services, actor, exerciseId);
  await removeExercisePhoto(services.db, exerciseId, services.clock.now());
}

/**
 * A photo, for those allowed to see it: its author, any clinician when the exercise is shared,
 * and a person whose active prescription includes the exercise; anyone else is told not found.
 */
export async function getExercisePhoto(services: Services, actor: Person, photoId: string): Promise<{ contentType: string; bytes: Buffer }> {
  await requireAccess(services, actor, read('prescription'), actor.id);
  const photo = await findExercisePhoto(services.db, photoId);
  const exercise = photo ? await findCustomExercise(services.db, photo.exerciseId) : null;
  if (!photo || !exercise || !(await maySeePhoto(services, actor, exercise))) {
    throw new AppError('not_found', 'There is no photo here.');
  }
  return { contentType: photo.contentType, bytes: photo.bytes };
}

async function maySeePhoto(services: Services, actor: Person, exercise: { id: string; authorId: string; shared: boolean; deletedAt: string | null }): Promise<boolean> {
  if (exercise.authorId === actor.id) return true;
  if (actor.role === 'clinician' && exercise.shared && exercise.deletedAt === null) return true;
  return (await listIncludedExerciseIds(services.db, actor.id)).includes(exercise.id);
}
