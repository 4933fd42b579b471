/**
 * Your data, out (issue 12): CSV (a zip of one file per kind) and a FHIR R4 Bundle beside the JSON
 * export; moving to another Pacewise server by importing the JSON; and a linked clinician's
 * download of the same three for a patient (each one in the audit log).
 */
import { z } from 'zod';
import { ExportDocument } from './export.js';
import { PatientParams } from './patient.routes.js';
import type { RouteSpec } from './route-spec.js';

/** A zip of RFC 4180 CSV files, one per kind. */
export const CsvZip = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'A zip file')
  .meta({ type: 'string', format: 'binary', contentMediaType: 'application/zip', description: 'One CSV file per kind (check-ins, session items, questionnaire responses, pacing changes), zipped' });

/** A FHIR R4 Bundle of type `collection`. */
export const FhirBundle = z.looseObject({ resourceType: z.literal('Bundle'), type: z.literal('collection'), entry: z.array(z.unknown()) });

/** A JSON export of any version: the service refuses a newer one with a clear message. */
export const ImportRequest = z.looseObject({ format: z.literal('pacewise-export'), version: z.number().int() });

/** What an import brought in. */
export const ImportResult = z.object({
  checkins: z.number().int(),
  sessions: z.number().int(),
  questionnaireResponses: z.number().int(),
  weeks: z.number().int(),
  badDays: z.number().int(),
  /** Parts that belong to the old server and are not brought over (care links, notes and reviews). */
  leftBehind: z.array(z.string()),
});

export const dataExportRoutes = {
  exportMeCsv: { method: 'GET', path: '/api/me/export/csv', access: 'person', status: 200, summary: 'Export my data as CSV files, one per kind, in a zip', response: CsvZip },
  exportMeFhir: { method: 'GET', path: '/api/me/export/fhir', access: 'person', status: 200, summary: 'Export my data as a FHIR R4 Bundle (collection)', response: FhirBundle },
  importMe: { method: 'POST', path: '/api/me/import', access: 'person', status: 200, summary: 'Bring a JSON export from another Pacewise server into this new account: all or nothing', body: ImportRequest, response: ImportResult },
  exportPatient: { method: 'GET', path: '/api/patients/:patientId/export', access: 'clinician-of-patient', status: 200, summary: 'A linked patient’s data as JSON (a download, in the audit log)', params: PatientParams, response: ExportDocument },
  exportPatientCsv: { method: 'GET', path: '/api/patients/:patientId/export/csv', access: 'clinician-of-patient', status: 200, summary: 'A linked patient’s data as CSV files in a zip (in the audit log)', params: PatientParams, response: CsvZip },
  exportPatientFhir: { method: 'GET', path: '/api/patients/:patientId/export/fhir', access: 'clinician-of-patient', status: 200, summary: 'A linked patient’s data as a FHIR R4 Bundle (in the audit log)', params: PatientParams, response: FhirBundle },
} as const satisfies Record<string, RouteSpec>;
