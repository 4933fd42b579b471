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

function operationOf(name: string, spec: RouteSpec): JsonSchema {
  const success =
    spec.status === 204
      ? { description: 'Done, no content' }
      : { description: 'Success', content: successContent(toSchema(spec.response, 'output')) };
  return {
    operationId: name,
    summary: spec.summary,
    ...(spec.access === 'public' ? {} : { security: [{ session: [] }] }),
    'x-access': spec.access,
    parameters: parametersOf(spec),
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(spec.body, 'input') } } } } : {}),
    responses: { [spec.status]: success, default: ERROR_RESPONSE },
  };
}

/** Builds the OpenAPI document for a table of routes. */
export function buildOpenApiDocument(routes: Record<string, RouteSpec>, version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, spec] of Object.entries(routes)) {
    const path = (paths[openApiPath(spec.path)] ??= {});
    path[spec.method.toLowerCase()] = operationOf(name, spec);
  }
  paths['/api/openapi.json'] = {
    get: { operationId: 'openapi', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Pacewise API', version, description: 'Movement therapy for chronic pain. Errors: {"error":{"code","message","field?"}}.' },
    paths,
    components: {
      schemas: { Error: toSchema(ErrorBody, 'output') },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pacewise_session', description: 'Under https the cookie is named __Host-pacewise_session.' } },
    },
  };
}
