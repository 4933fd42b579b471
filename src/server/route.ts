/**
 * Registers one route of the contract's table: rate-limit → authenticate → validate → one
 * service call → present. The response schema is the presenter: fields it does not list never
 * leave the server.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import type { RouteName, RouteOutput, Routes } from '../contract/routes.js';
import type { Person } from './context.js';
import { fromZodError } from './http-errors.js';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives: validated input and, for person routes, who is calling. */
export interface RouteCall<N extends RouteName> {
  body: Parsed<Routes[N] extends { body: infer B } ? B : undefined>;
  query: Parsed<Routes[N] extends { query: infer Q } ? Q : undefined>;
  params: Parsed<Routes[N] extends { params: infer P } ? P : undefined>;
  person: Routes[N]['access'] extends 'person' ? Person : Person | null;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type RouteHandler<N extends RouteName> = (call: RouteCall<N>) => Promise<RouteOutput<N>>;

/** Options per route, such as a tighter rate limit. */
export interface RouteOptions {
  rateLimit?: { max: number; timeWindow: number; keyGenerator?: (request: FastifyRequest) => string };
}

/** Adds a route from the contract table to the app. */
export function registerRoute<N extends RouteName>(
  app: FastifyInstance,
  routes: Routes,
  name: N,
  handler: RouteHandler<N>,
  options: RouteOptions = {},
): void {
  const spec = routes[name];
  const config: RouteShorthandOptions['config'] = options.rateLimit ? { rateLimit: options.rateLimit } : {};
  app.route({
    method: spec.method,
    url: spec.path,
    config,
    // The response schema is the presenter: Fastify's compiled serializer writes only the fields
    // it lists, and does so faster than validating and then stringifying.
    schema: spec.status === 204 ? {} : { response: { [spec.status]: responseJsonSchema(spec.response) } },
    handler: async (request, reply) => {
      const person = request.person;
      if (spec.access === 'person' && !person) {
        throw new AppError('unauthenticated', 'Please sign in to continue.');
      }
      const call = {
        body: parsePart(spec, 'body', request.body),
        query: parsePart(spec, 'query', request.query),
        params: parsePart(spec, 'params', request.params),
        person,
        request,
        reply,
      } as RouteCall<N>;
      const result = await handler(call);
      if (spec.status === 204) return reply.status(204).send();
      return reply.status(spec.status).send(result);
    },
  });
}

function responseJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

function parsePart(spec: Routes[RouteName], part: 'body' | 'query' | 'params', value: unknown) {
  const schema = (spec as Partial<Record<typeof part, z.ZodType>>)[part];
  if (!schema) return undefined;
  const parsed = schema.safeParse(part === 'body' ? (value ?? null) : value);
  if (!parsed.success) throw fromZodError(parsed.error, part);
  return parsed.data;
}
