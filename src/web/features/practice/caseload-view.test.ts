import { describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../../contract/practice.js';
import { filterCaseload } from './caseload-view.js';

const row = (name: string, attention: CaseloadRow['attention']): CaseloadRow => ({
  patientId: `00000000-0000-4000-8000-00000000000${name.length}`, name, email: `${name.toLowerCase()}@example.org`, linkedSince: '2026-10-01T09:00:00.000Z', today: '2026-11-24',
  lastCheckinOn: null, daysWithData: 0, isMonitored: false, thisWeek: { done: 0, planned: null, plannedWeek: null }, fourWeeks: { done: 0, planned: null },
  pain: { recentMean: null, baselineMean: null, recentDays: 0, baselineDays: 0, change: null, mark: null }, flareDays: 0, stopSigns: [],
  peg: { first: null, latest: null, change: null }, outcomes: [], lastReview: null, attention, tier: attention.length === 0 ? 4 : 0,
});
const ROWS = [row('Maya', [{ code: 'stop_sign', count: 1, lastOn: '2026-11-23' }]), row('Walter', [{ code: 'no_checkin', since: null }]), row('Zoë', [])];

describe('filtering the caseload', () => {
  it.each([
    ['all', '', ['Maya', 'Walter', 'Zoë']],
    ['attention', '', ['Maya', 'Walter']],
    ['stop', '', ['Maya']],
    ['quiet', '', ['Walter']],
    ['all', 'zoe', ['Zoë']],
    ['all', ' WAL ', ['Walter']],
    ['stop', 'walter', []],
  ] as const)('%s with "%s"', (filter, search, names) => {
    expect(filterCaseload(ROWS, filter, search).map((r) => r.name)).toEqual(names);
  });
});
