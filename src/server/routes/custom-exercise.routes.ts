/**
 * A clinician's own exercises (issue 11). The photo routes stand apart: the upload reads the raw
 * image (its own content-type parser, scoped to it, with a 5 MB limit), after the route table's
 * access level is checked; the photo is served with `Cache-Control: private`.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import { routes } from '../../contract/routes.js';
import { findPerson } from '../auth/sessions.js';
import type { Services } from '../context.js';
import { handleError } from '../http-errors.js';
import { checkRouteAccess, registerRoute } from '../route.js';
import * as custom from '../services/custom-exercise.service.js';
import * as photos from '../services/exercise-photo.service.js';
import type { Library } from '../services/library.service.js';

/** Registers the custom-exercise routes and, in their own scope, the photo routes. */
export async function registerCustomExerciseRoutes(app: FastifyInstance, services: Services, library: Library): Promise<void> {
  registerRoute(app, routes, 'listCustomExercises', ({ person }) => custom.listCustomExercises(services, person));
  registerRoute(app, routes, 'createCustomExercise', ({ person, body }) => custom.createCustomExercise(services, library, person, body));
  registerRoute(app, routes, 'getCustomExercise', ({ person, params }) => custom.getCustomExercise(services, person, params.id));
  registerRoute(app, routes, 'updateCustomExercise', ({ person, params, body }) => custom.updateCustomExercise(services, library, person, params.id, body));
  registerRoute(app, routes, 'deleteCustomExercise', async ({ person, params }) => {
    await custom.deleteCustomExercise(services, person, params.id);
    return null;
  });
  registerRoute(app, routes, 'deleteCustomExercisePhoto', async ({ person, params }) => {
    await photos.deleteExercisePhoto(services, person, params.id);
    return custom.getCustomExercise(services, person, params.id);
  });
  await app.register(async (scope) => registerPhotoRoutes(scope, services));
}

const TOO_LARGE = new AppError('payload_too_large', 'Choose a photo of at most 5 MB.', 'photo');
const WRONG_TYPE = new AppError('unsupported_media_type', 'Choose a JPEG, PNG or WebP photo.', 'photo');

function registerPhotoRoutes(scope: FastifyInstance, services: Services): void {
  // Who is calling, and may they, before a byte of the body is read.
  scope.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.routeOptions.url !== routes.putCustomExercisePhoto.path) return;
    request.person = await findPerson(services, request);
    checkRouteAccess(routes.putCustomExercisePhoto.access, request.person);
  });
  scope.addContentTypeParser([...photos.PHOTO_TYPES], { parseAs: 'buffer', bodyLimit: photos.PHOTO_MAX_BYTES }, (_request, body, done) => done(null, body));
  scope.addContentTypeParser('*', (_request, _payload, done) => done(WRONG_TYPE, undefined));
  scope.setErrorHandler((error: FastifyError, request, reply) =>
    handleError('code' in error && error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? TOO_LARGE : error, request, reply),
  );
  registerRoute(scope, routes, 'putCustomExercisePhoto', async ({ person, params, query, request }) => {
    await photos.putExercisePhoto(services, person, params.id, query.alt, request.body);
    return custom.getCustomExercise(services, person, params.id);
  });
  registerRoute(scope, routes, 'getExercisePhoto', async ({ person, params, reply }) => {
    const photo = await photos.getExercisePhoto(services, person, params.id);
    reply.header('content-type', photo.contentType);
    return photo.bytes;
  });
  // After the app's `no-store` for the API: a photo may stay in this browser's own cache.
  scope.addHook('onSend', async (request, reply) => {
    if (request.routeOptions.url === routes.getExercisePhoto.path && reply.statusCode === 200) reply.header('cache-control', 'private, max-age=3600');
  });
}
