/** The OpenAPI 3.1 document, generated from the contract's route table and zod schemas. */
import { z } from 'zod';
import { ErrorBody } from '../contract/common.js';
import type { RouteSpec } from '../contract/routes.js';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function openApiPath(path: string): string {
  return path.replace(/:([a-zA-Z]+)/g, '{$1}');
}

function parametersOf(spec: RouteSpec): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: property });
    }
  }
  return list;
}

const ERROR_RESPONSE = { description: 'An error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

/** A binary answer (a PDF) names its media type in its schema; everything else is JSON. */
function successContent(schema: JsonSchema): JsonSchema {
  const mediaType = typeof schema.contentMediaType === 'string' && schema.format === 'binary' ? schema.contentMediaType : 'application/json';
  return { [mediaType]: { schema } };
}

/** What each error status means, as every operation that can give it documents it. */
const ERROR_STATUSES: Record<string, string> = {
  400: 'The request does not fit: the error names the field and says why',
  401: 'No session, or it has ended: sign in',
  403: 'Signed in with the password only (the second step is still to come), or not allowed',
  404: 'Nothing here for this caller: it does not exist, or is not theirs to see',
  409: 'It clashes with what is stored (already there, or changed meanwhile)',
  413: 'The body is too large',
  415: 'The body is not of a type this route takes',
  429: 'Too many requests: wait and try again',
};

const errorRef = (status: string) => ({ $ref: `#/components/responses/Error${status}` });

/** The error answers an operation can give, from what it takes and who may call it. */
function errorStatusesOf(spec: RouteSpec): string[] {
  const statuses = ['429'];
  if (spec.params || spec.query || spec.body || spec.rawBody) statuses.push('400');
  if (spec.access !== 'public') statuses.push('401', '404');
  if (spec.access !== 'public' && spec.access !== 'signed-in') statuses.push('403');
  if (spec.method !== 'GET') statuses.push('409', '413');
  if (spec.body || spec.rawBody) statuses.push('415');
  return [...new Set(statuses)].sort();
}

function requestBodyOf(spec: RouteSpec): JsonSchema | null {
  if (spec.rawBody) {
    const schema = { type: 'string', format: 'binary', description: `At most ${spec.rawBody.maxBytes} bytes` };
    return { required: true, content: Object.fromEntries(spec.rawBody.mediaTypes.map((type) => [type, { schema }])) };
  }
  return spec.body ? { required: true, content: { 'application/json': { schema: toSchema(spec.body, 'input') } } } : null;
}

function operationOf(name: string, spec: RouteSpec): JsonSchema {
  const success =
    spec.status === 204
      ? { description: 'Done, no content' }
      : { description: 'Success', content: successContent(toSchema(spec.response, 'output')) };
  const requestBody = requestBodyOf(spec);
  const errors = Object.fromEntries(errorStatusesOf(spec).map((status) => [status, errorRef(status)]));
  return {
    operationId: name,
    summary: spec.summary,
    security: spec.access === 'public' ? [] : [{ session: [] }],
    'x-access': spec.access,
    parameters: parametersOf(spec),
    ...(requestBody ? { requestBody } : {}),
    responses: { [spec.status]: success, ...errors, default: ERROR_RESPONSE },
  };
}

/** Points each `#/$defs/<key>` reference under a node at its hoisted component. */
function rewriteRefs(node: unknown, names: ReadonlyMap<string, string>): void {
  if (Array.isArray(node)) node.forEach((item) => rewriteRefs(item, names));
  if (typeof node !== 'object' || node === null) return;
  const object = node as JsonSchema;
  const ref = typeof object.$ref === 'string' ? names.get(object.$ref) : undefined;
  if (ref) object.$ref = ref;
  for (const value of Object.values(object)) rewriteRefs(value, names);
}

/**
 * A recursive schema (a form's items hold items) comes out of zod with local `$defs` that its
 * `#/$defs/…` references point to; inside an OpenAPI document `#` is the document, so each such
 * definition moves to the components with its references pointed there.
 */
function hoistDefinitions(node: unknown, components: Record<string, JsonSchema>): void {
  if (Array.isArray(node)) node.forEach((item) => hoistDefinitions(item, components));
  if (typeof node !== 'object' || node === null) return;
  const object = node as JsonSchema;
  const defs = object.$defs as Record<string, JsonSchema> | undefined;
  if (defs) {
    delete object.$defs;
    const names = new Map(Object.keys(defs).map((key, n) => [`#/$defs/${key}`, `#/components/schemas/Shared${Object.keys(components).length + n}`]));
    rewriteRefs(object, names);
    rewriteRefs(defs, names);
    for (const [key, def] of Object.entries(defs)) components[(names.get(`#/$defs/${key}`) ?? '').split('/').at(-1) ?? key] = def;
  }
  for (const value of Object.values(object)) hoistDefinitions(value, components);
}

/** Builds the OpenAPI document for a table of routes. */
export function buildOpenApiDocument(routes: Record<string, RouteSpec>, version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, spec] of Object.entries(routes)) {
    const path = (paths[openApiPath(spec.path)] ??= {});
    path[spec.method.toLowerCase()] = operationOf(name, spec);
  }
  const shared: Record<string, JsonSchema> = {};
  hoistDefinitions(paths, shared);
  paths['/api/openapi.json'] = {
    get: { operationId: 'openapi', summary: 'This document', security: [], responses: { 200: { description: 'OpenAPI 3.1' }, 429: errorRef('429') } },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pacewise API',
      version,
      description: 'Movement therapy for chronic pain. Errors: {"error":{"code","message","field?"}}.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: '/', description: 'The Pacewise server this document came from' }],
    paths,
    components: {
      schemas: { Error: toSchema(ErrorBody, 'output'), ...shared },
      responses: Object.fromEntries(Object.entries(ERROR_STATUSES).map(([status, description]) => [`Error${status}`, { ...ERROR_RESPONSE, description }])),
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pacewise_session', description: 'Under https the cookie is named __Host-pacewise_session.' } },
    },
  };
}
