/** The shape of one route of the API table (routes.ts). */
import type { z } from 'zod';
import type { RouteAccess } from '../core/access/policy.js';

/**
 * Who may call a route: `public` (anyone), `signed-in` (any session, even before the second
 * factor), `person` (a fully signed-in account on its own data, whatever its role),
 * `clinician` (a clinician's own workspace), `clinician-of-patient` (a clinician on a linked
 * patient's data: the service checks the link), `admin`.
 */
export type Access = RouteAccess;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One route of the API. */
export interface RouteSpec {
  method: HttpMethod;
  path: string;
  access: Access;
  summary: string;
  status: 200 | 201 | 204;
  body?: z.ZodType;
  /**
   * A body that is not JSON (a photo upload): the media types it may have and its size limit.
   * The route registers its own parser; this is what the OpenAPI document says of it.
   */
  rawBody?: { mediaTypes: readonly string[]; maxBytes: number };
  query?: z.ZodType;
  params?: z.ZodType;
  response: z.ZodType;
}

