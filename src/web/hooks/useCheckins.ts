/** Check-ins of the signed-in person. */
import { addDays, type LocalDate } from '../../core/calendar.js';
import type { Checkin } from '../../contract/checkin.js';
import { callApi } from '../api/client.js';
import { useQuery } from './useQuery.js';

/** How far back an edit link may reach: the history shows 30 days; a year leaves room. */
const EDIT_LOOKBACK_DAYS = 366;

/** Check-ins on the person's calendar days from `from` to `to`, both included. */
export function useCheckinsBetween(from: LocalDate, to: LocalDate) {
  return useQuery(`checkins:${from}:${to}`, async (): Promise<Checkin[]> => {
    const list = await callApi('listCheckins', { query: { from, to } });
    return list.items;
  });
}

/**
 * One check-in by id, or `null` when it is gone. The API has no single-check-in route, so this
 * looks through the last year of the list.
 */
export function useCheckin(id: string, today: LocalDate) {
  return useQuery(`checkin:${id}`, async (): Promise<Checkin | null> => {
    const from = addDays(today, -EDIT_LOOKBACK_DAYS);
    const list = await callApi('listCheckins', { query: { from, to: today } });
    return list.items.find((c) => c.id === id) ?? null;
  });
}
