/** The insights of the signed-in person (GET /api/me/insights). */
import type { LocalDate } from '../../core/calendar.js';
import type { InsightsResponse } from '../../contract/insights.js';
import { callApi } from '../api/client.js';
import { useQuery } from './useQuery.js';

/** Insights over the person's calendar days from `from` to `to`, both included. */
export function useInsights(from: LocalDate, to: LocalDate) {
  return useQuery(`insights:${from}:${to}`, (): Promise<InsightsResponse> =>
    callApi('getInsights', { query: { from, to } }),
  );
}
