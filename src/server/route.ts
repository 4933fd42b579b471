/**
 * Registers one route of the contract's table: rate-limit → authenticate → validate → one
 * service call → present. The response schema is the presenter: fields it does not list never
 * leave the server.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import type { RouteName, RouteOutput, Routes } from '../contract/routes.js';
import type { Role, RouteAccess } from '../core/access/policy.js';
import type { Person } from './context.js';
import { fromZodError } from './http-errors.js';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives: validated input and, for person routes, who is calling. */
export interface RouteCall<N extends RouteName> {
  body: Parsed<Routes[N] extends { body: infer B } ? B : undefined>;
  query: Parsed<Routes[N] extends { query: infer Q } ? Q : undefined>;
  params: Parsed<Routes[N] extends { params: infer P } ? P : undefined>;
  /** The caller: the signed-in account on every route that is not public. */
  person: Routes[N]['access'] extends 'public' ? Person | null : Person;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type RouteHandler<N extends RouteName> = (call: RouteCall<N>) => Promise<RouteOutput<N>>;

/** Options per route, such as a tighter rate limit. */
export interface RouteOptions {
  rateLimit?: { max: number; timeWindow: number; keyGenerator?: (request: FastifyRequest) => string };
  /** A body limit of this route's own, in bytes, instead of the app's (larger uploads answer 413). */
  bodyLimit?: number;
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
    ...(options.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}),
    // The response schema is the presenter: Fastify's compiled serializer writes only the fields
    // it lists, and does so faster than validating and then stringifying.
    schema: spec.status === 204 ? {} : { response: { [spec.status]: responseJsonSchema(spec.response) } },
    handler: async (request, reply) => {
      const person = request.person;
      checkRouteAccess(spec.access, person);
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

/** Roles a route's access level is limited to; other levels are open to every role. */
const ROLE_OF_ACCESS: Partial<Record<RouteAccess, Role>> = {
  clinician: 'clinician',
  'clinician-of-patient': 'clinician',
  admin: 'admin',
};

/**
 * The route table's access level, checked before anything else: signed in (401), past the
 * second factor (403, the session stays), and of the route's role — anyone else is told the
 * route's data is not found (404), as for an id that does not exist. Whether a clinician is
 * linked to the patient is the service's `requireAccess`.
 * Exported for routes that read a raw body and must check access before reading it.
 */
export function checkRouteAccess(access: RouteAccess, person: Person | null): void {
  if (access === 'public') return;
  if (!person) throw new AppError('unauthenticated', 'Please sign in to continue.');
  if (access === 'signed-in') return;
  if (!person.signInComplete) {
    throw new AppError('forbidden', 'Please finish signing in with the code from your authenticator app.');
  }
  const role = ROLE_OF_ACCESS[access];
  if (role && person.role !== role) throw new AppError('not_found', 'We could not find that.');
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
