/**
 * Downloads of a person's data — JSON, CSV (a zip) and FHIR — for themselves or, for a linked
 * clinician, a patient: fetched as bytes and named by the server, or plainly by kind and day.
 */
import type { LocalDate } from '../../../core/calendar.js';
import { routes } from '../../../contract/routes.js';
import { ApiError, toApiError } from '../../api/api-error.js';
import { buildRequest } from '../../api/build-request.js';

/** The three formats. */
export const DATA_FORMATS = ['json', 'csv', 'fhir'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** Whose data: the signed-in person's, or a linked patient's. */
export type DataOwner = { kind: 'me' } | { kind: 'patient'; patientId: string };

const ACCEPT: Record<DataFormat, string> = { json: 'application/json', csv: 'application/zip', fhir: 'application/fhir+json, application/json' };
const SUFFIX: Record<DataFormat, string> = { json: '.json', csv: '-csv.zip', fhir: '-fhir.json' };

/** A plain file name for a download made on `day`. */
export function dataFileName(format: DataFormat, day: LocalDate): string {
  return `pacewise-export-${day}${SUFFIX[format]}`;
}

/** The name in a Content-Disposition header, if any. */
export function dispositionName(disposition: string | null): string | null {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;
}

function routeFor(owner: DataOwner, format: DataFormat) {
  if (owner.kind === 'me') return { json: routes.exportMe, csv: routes.exportMeCsv, fhir: routes.exportMeFhir }[format];
  return { json: routes.exportPatient, csv: routes.exportPatientCsv, fhir: routes.exportPatientFhir }[format];
}

/** Fetches one download: its bytes and its name, or the server's error as an ApiError. */
export async function fetchDataFile(owner: DataOwner, format: DataFormat, day: LocalDate): Promise<{ blob: Blob; name: string }> {
  const params = owner.kind === 'patient' ? { patientId: owner.patientId } : undefined;
  const { url, init } = buildRequest(routeFor(owner, format), params ? { params } : {});
  const response = await fetch(url, { ...init, headers: { accept: ACCEPT[format] } }).catch(() => {
    throw new ApiError(0, 'network_error', 'The request did not reach the server.');
  });
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
  const name = dispositionName(response.headers.get('content-disposition')) ?? dataFileName(format, day);
  return { blob: await response.blob(), name };
}
