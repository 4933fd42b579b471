/**
 * A clinician's own exercises (issue 11): write, change, share, delete, and give a photo. The
 * photo upload takes the raw image as its body (JPEG, PNG or WebP, at most 5 MB); the photo is
 * served only to those allowed to see the exercise.
 */
import { NoContent } from './common.js';
import {
  CustomExerciseInput,
  CustomExerciseList,
  CustomExerciseParams,
  CustomExerciseSchema,
  PhotoAltQuery,
} from './custom-exercise.js';
import { z } from 'zod';
import type { RouteSpec } from './route-spec.js';

const E = '/api/practice/exercises';
export const PhotoParams = z.strictObject({ id: z.uuid() });
/** The photo's bytes; the route answers with the image itself. */
/** A photo as the server sends it: WebP bytes (OpenAPI: a binary string). */
export const PhotoBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'A WebP image')
  .meta({ type: 'string', format: 'binary', contentMediaType: 'image/webp', description: 'The photo, re-encoded as WebP' });

export const customExerciseRoutes = {
  listCustomExercises: { method: 'GET', path: E, access: 'clinician', status: 200, summary: 'My own exercises and those shared with the practice', response: CustomExerciseList },
  createCustomExercise: { method: 'POST', path: E, access: 'clinician', status: 201, summary: 'Write an exercise of my own, with a library pose for its drawing', body: CustomExerciseInput, response: CustomExerciseSchema },
  getCustomExercise: { method: 'GET', path: `${E}/:id`, access: 'clinician', status: 200, summary: 'One of my exercises, or one shared with the practice', params: CustomExerciseParams, response: CustomExerciseSchema },
  updateCustomExercise: { method: 'PUT', path: `${E}/:id`, access: 'clinician', status: 200, summary: 'Change an exercise I wrote', params: CustomExerciseParams, body: CustomExerciseInput, response: CustomExerciseSchema },
  deleteCustomExercise: { method: 'DELETE', path: `${E}/:id`, access: 'clinician', status: 204, summary: 'Delete an exercise I wrote (plans and logs that name it keep its name)', params: CustomExerciseParams, response: NoContent },
  putCustomExercisePhoto: { method: 'PUT', path: `${E}/:id/photo`, access: 'clinician', status: 200, summary: 'Give my exercise a photo: the raw JPEG, PNG or WebP as the body (at most 5 MB), its description as ?alt=; re-encoded with no metadata', params: CustomExerciseParams, query: PhotoAltQuery, rawBody: { mediaTypes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 5 * 1024 * 1024 }, response: CustomExerciseSchema },
  deleteCustomExercisePhoto: { method: 'DELETE', path: `${E}/:id/photo`, access: 'clinician', status: 200, summary: 'Take my exercise’s photo away; its drawing shows again', params: CustomExerciseParams, response: CustomExerciseSchema },
  getExercisePhoto: { method: 'GET', path: '/api/exercise-photos/:id', access: 'person', status: 200, summary: 'A custom exercise’s photo (WebP), for its author, the practice when shared, and the people it is prescribed to', params: PhotoParams, response: PhotoBytes },
} as const satisfies Record<string, RouteSpec>;
