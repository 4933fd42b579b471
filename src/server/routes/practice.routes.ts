/** The practice routes of issue 10 (contract: src/contract/practice.routes.ts). */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../context.js';
import type { Library } from '../services/library.service.js';

/** Registers the practice routes. */
export function registerPracticeRoutes(app: FastifyInstance, services: Services, library: Library): void {
  void app;
  void services;
  void library;
}
