/** Filtering the caseload on the page: by what needs attention and by a name search. */
import type { CaseloadRow } from '../../../contract/practice.js';

export const CASELOAD_FILTERS = ['all', 'attention', 'stop', 'quiet'] as const;
export type CaseloadFilter = (typeof CASELOAD_FILTERS)[number];

const has = (row: CaseloadRow, code: CaseloadRow['attention'][number]['code']) => row.attention.some((r) => r.code === code);

/** True when a row passes the filter. */
export function matchesFilter(row: CaseloadRow, filter: CaseloadFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'attention':
      return row.attention.length > 0;
    case 'stop':
      return has(row, 'stop_sign');
    case 'quiet':
      return has(row, 'no_checkin');
  }
}

/** The name a row is shown and searched by. */
export function displayName(row: Pick<CaseloadRow, 'name' | 'email'>): string {
  return row.name ?? row.email;
}

/** The rows shown, in the server's order, for a filter and a search (case and accents ignored). */
export function filterCaseload(rows: readonly CaseloadRow[], filter: CaseloadFilter, search: string): CaseloadRow[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const wanted = fold(search.trim());
  return rows.filter((row) => matchesFilter(row, filter) && (wanted === '' || fold(`${displayName(row)} ${row.email}`).includes(wanted)));
}
