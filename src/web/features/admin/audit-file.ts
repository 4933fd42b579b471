/** Fetches the audit log as a file: JSON through the typed client, CSV as the text it is. */
import type { AuditQuery } from '../../../contract/admin.js';
import { routes } from '../../../contract/routes.js';
import { ApiError, toApiError } from '../../api/api-error.js';
import { buildRequest } from '../../api/build-request.js';
import { callApiRaw } from '../../api/client.js';

export type AuditFormat = 'json' | 'csv';

/** A file ready to hand to the browser. */
export interface AuditFile {
  text: string;
  name: string;
  type: string;
}

/** The file name of an export: `pacewise-audit-<from>-to-<to>.<format>`. */
export function auditFileName(query: AuditQuery, format: AuditFormat): string {
  return `pacewise-audit-${query.from}-to-${query.to}.${format}`;
}

/** The audit log between two days, in the format asked for. */
export async function fetchAuditFile(query: AuditQuery, format: AuditFormat): Promise<AuditFile> {
  const name = auditFileName(query, format);
  if (format === 'json') {
    const { text } = await callApiRaw('exportAudit', { query });
    return { text, name, type: 'application/json' };
  }
  // The CSV route answers text, which the JSON client cannot read: ask for it directly.
  const { url, init } = buildRequest(routes.exportAuditCsv, { query: { ...query } });
  const response = await fetch(url, { ...init, headers: { accept: 'text/csv' } }).catch(() => {
    throw new ApiError(0, 'network_error', 'The request did not reach the server.');
  });
  const text = await response.text();
  if (!response.ok) throw toApiError(response.status, parseError(text));
  return { text, name, type: 'text/csv' };
}

function parseError(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
