/**
 * Sends a photo as the raw body of `PUT /api/practice/exercises/:id/photo` (the one route that
 * takes an image, not JSON), and checks the answer with the contract's schema.
 */
import { routes } from '../../../contract/routes.js';
import { CustomExerciseSchema, type CustomExerciseView } from '../../../contract/custom-exercise.js';
import { ApiError, toApiError } from '../../api/api-error.js';
import { buildQuery, fillPath } from '../../api/build-request.js';

/** Uploads `file` with its description; resolves with the exercise as it now is. */
export async function uploadExercisePhoto(id: string, file: Blob, alt: string): Promise<CustomExerciseView> {
  const url = fillPath(routes.putCustomExercisePhoto.path, { id }) + buildQuery({ alt });
  let response: Response;
  try {
    response = await fetch(url, { method: 'PUT', credentials: 'same-origin', headers: { accept: 'application/json', 'content-type': file.type || 'application/octet-stream' }, body: file });
  } catch {
    throw new ApiError(0, 'network_error', 'The request did not reach the server.');
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, payload);
  const parsed = CustomExerciseSchema.safeParse(payload);
  if (!parsed.success) throw new ApiError(response.status, 'unexpected_response', `Unexpected answer from ${url}.`);
  return parsed.data;
}
