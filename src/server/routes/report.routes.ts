/**
 * The visit report routes (contract: src/contract/report.routes.ts). The PDF is a binary answer:
 * bytes sent as they are (Fastify passes a Buffer by its serializer), a download never cached.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import type { Library } from '../services/library.service.js';
import * as reports from '../services/report.service.js';

function sendPdf(reply: FastifyReply, file: reports.VisitReportFile): Buffer {
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
  reply.header('cache-control', 'no-store');
  return file.pdf;
}

/** Registers the visit report routes and the practice's report settings. */
export function registerReportRoutes(app: FastifyInstance, services: Services, library: Library): void {
  registerRoute(app, routes, 'getPatientReport', async ({ person, params, query, reply }) =>
    sendPdf(reply, await reports.makeVisitReport(services, library, person, params.patientId, query)),
  );
  registerRoute(app, routes, 'getMyReport', async ({ person, query, reply }) =>
    sendPdf(reply, await reports.makeVisitReport(services, library, person, person.id, query)),
  );
  registerRoute(app, routes, 'getReportSettings', ({ person }) => reports.getReportSettings(services, person));
  registerRoute(app, routes, 'putReportSettings', ({ person, body }) => reports.updateReportSettings(services, person, body));
}
