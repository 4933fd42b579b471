/** The care routes of issue 10 (contract: src/contract/care.routes.ts). */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../context.js';
import type { Library } from '../services/library.service.js';

/** Registers the care routes. */
export function registerCareRoutes(app: FastifyInstance, services: Services, library: Library): void {
  void app;
  void services;
  void library;
}
