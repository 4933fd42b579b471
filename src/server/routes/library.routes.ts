/**
 * The exercise library, read-only, and its SVG illustrations. Public for the built-in exercises;
 * a signed-in caller also sees the clinicians' own exercises they may (issue 11): a person those
 * prescribed to them, a clinician their own and the practice's shared ones.
 */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import { ExerciseParams } from '../../contract/exercise.js';
import { findPerson } from '../auth/sessions.js';
import type { Services } from '../context.js';
import { fromZodError } from '../http-errors.js';
import { registerRoute } from '../route.js';
import { getExerciseForCaller, libraryForCaller } from '../services/custom-exercise.service.js';
import type { Library } from '../services/library.service.js';

const YEAR_SECONDS = 31_536_000;

/** Registers the library routes. */
export function registerLibraryRoutes(app: FastifyInstance, library: Library, services: Services): void {
  registerRoute(app, routes, 'listExercises', async ({ query, person }) => ({ items: (await libraryForCaller(services, library, person)).list(query) }));
  registerRoute(app, routes, 'getExercise', ({ params, person }) => getExerciseForCaller(services, library, person, params.id));

  app.get<{ Params: { file: string } }>('/illustrations/:file', async (request, reply) => {
    const parsed = ExerciseParams.safeParse({ id: request.params.file.replace(/\.svg$/, '') });
    if (!parsed.success) throw fromZodError(parsed.error, 'params');
    const id = parsed.data.id;
    if (library.has(id)) {
      return reply
        .header('content-type', 'image/svg+xml; charset=utf-8')
        .header('cache-control', `public, max-age=${YEAR_SECONDS}, immutable`)
        .send(library.illustration(id).svg);
    }
    // A clinician's own exercise: drawn only for those who may see it, and kept out of shared caches.
    const person = await findPerson(services, request);
    const theirs = await libraryForCaller(services, library, person);
    return reply
      .header('content-type', 'image/svg+xml; charset=utf-8')
      .header('cache-control', 'private, no-cache')
      .send(theirs.illustration(id).svg);
  });
}
