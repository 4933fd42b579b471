/** One page of the signed-in person's journal (GET /api/me/timeline). */
import type { LocalDate } from '../../../core/calendar.js';
import type { TimelineResponse } from '../../../contract/timeline.js';
import { callApi } from '../../api/client.js';
import { useQuery } from '../../hooks/useQuery.js';

/** The journal on the person's days from `from` to `to`, both included (at most 92 days). */
export function useTimeline(from: LocalDate, to: LocalDate) {
  return useQuery(`timeline:${from}:${to}`, (): Promise<TimelineResponse> => callApi('getTimeline', { query: { from, to } }));
}
