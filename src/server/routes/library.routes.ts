/** The exercise library: public, read-only, and its SVG illustrations. */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import { ExerciseParams } from '../../contract/exercise.js';
import { fromZodError } from '../http-errors.js';
import { registerRoute } from '../route.js';
import { Library } from '../services/library.service.js';

const YEAR_SECONDS = 31_536_000;

/** Registers the library routes. */
export function registerLibraryRoutes(app: FastifyInstance, library = new Library()): void {
  registerRoute(app, routes, 'listExercises', async ({ query }) => ({ items: library.list(query) }));
  registerRoute(app, routes, 'getExercise', async ({ params }) => library.get(params.id));

  app.get<{ Params: { file: string } }>('/illustrations/:file', async (request, reply) => {
    const parsed = ExerciseParams.safeParse({ id: request.params.file.replace(/\.svg$/, '') });
    if (!parsed.success) throw fromZodError(parsed.error, 'params');
    const { svg } = library.illustration(parsed.data.id);
    return reply
      .header('content-type', 'image/svg+xml; charset=utf-8')
      .header('cache-control', `public, max-age=${YEAR_SECONDS}, immutable`)
      .send(svg);
  });
}
