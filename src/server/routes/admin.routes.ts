/** The admin routes of issue 10 (contract: src/contract/admin.routes.ts). */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../context.js';

/** Registers the admin routes. */
export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  void app;
  void services;
}
