/**
 * Your data, out (contract: src/contract/data-export.routes.ts): the CSV zip for the person and
 * for a linked clinician, the JSON export for a linked clinician, and an import into a new
 * account. Downloads are attachments with a dated name, never cached (no-store is global for
 * /api). The import takes a year's export of a few MB: its own body limit, 413 beyond.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as exports from '../services/export.service.js';
import { importAccount } from '../services/import.service.js';
import type { Library } from '../services/library.service.js';
import { clientAddressKey } from '../client-address.js';

/** The largest import accepted: a few years of daily use, with room to spare. */
export const IMPORT_BODY_LIMIT_BYTES = 20 * 1024 * 1024;

function sendZip(reply: FastifyReply, file: exports.Download): Buffer {
  reply.header('content-type', 'application/zip');
  reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
  return file.bytes;
}

/** Imports one sign-in may try in an hour. */
const IMPORTS_PER_HOUR = 10;

/** Counts imports per sign-in (the session cookie, hashed), or per address without one. */
function importKey(request: FastifyRequest): string {
  const cookie = request.headers.cookie;
  return cookie ? `import:${createHash('sha256').update(cookie).digest('hex')}` : `import:${clientAddressKey(request)}`;
}

/** Registers the CSV downloads, a clinician's JSON download and the import. */
export function registerDataExportRoutes(app: FastifyInstance, services: Services, library: Library): void {
  registerRoute(app, routes, 'exportMeCsv', async ({ person, reply }) => sendZip(reply, await exports.exportCsv(services, library, person, person.id)));
  registerRoute(app, routes, 'exportPatientCsv', async ({ person, params, reply }) =>
    sendZip(reply, await exports.exportCsv(services, library, person, params.patientId)),
  );
  registerRoute(app, routes, 'exportPatient', async ({ person, params, reply }) => {
    const document = await exports.exportPatient(services, person, params.patientId);
    reply.header('content-disposition', `attachment; filename="pacewise-patient-export-${document.exportedAt.slice(0, 10)}.json"`);
    return document;
  });
  // A move happens once; a few tries an hour leave room for a wrong file, and no more (each try
  // reads up to 20 MB on the event loop).
  const importLimit = { max: IMPORTS_PER_HOUR, timeWindow: 3_600_000, keyGenerator: importKey };
  registerRoute(app, routes, 'importMe', ({ person, body }) => importAccount(services, person, body), { bodyLimit: IMPORT_BODY_LIMIT_BYTES, rateLimit: importLimit });
}
