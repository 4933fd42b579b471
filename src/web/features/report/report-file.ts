/** Fetches the visit report as a file: the PDF's bytes, or the server's error as an ApiError. */
import type { ReportQuery } from '../../../contract/report.js';
import { routes } from '../../../contract/routes.js';
import { ApiError, toApiError } from '../../api/api-error.js';
import { buildRequest } from '../../api/build-request.js';

/** Whose report: the signed-in person's, or a linked patient's. */
export type ReportOwner = { kind: 'me' } | { kind: 'patient'; patientId: string };

/** The name the server gives the file, or a plain one. */
export function reportFileName(disposition: string | null): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'pacewise-visit-report.pdf';
}

/** The report for the period (an empty day leaves the server's default). */
export async function fetchVisitReport(owner: ReportOwner, query: ReportQuery): Promise<{ blob: Blob; name: string }> {
  const { url, init } = owner.kind === 'me'
    ? buildRequest(routes.getMyReport, { query: { ...query } })
    : buildRequest(routes.getPatientReport, { params: { patientId: owner.patientId }, query: { ...query } });
  const response = await fetch(url, { ...init, headers: { accept: 'application/pdf' } }).catch(() => {
    throw new ApiError(0, 'network_error', 'The request did not reach the server.');
  });
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => undefined));
  return { blob: await response.blob(), name: reportFileName(response.headers.get('content-disposition')) };
}
