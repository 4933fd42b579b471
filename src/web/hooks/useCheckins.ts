/** Check-ins of the signed-in person. */
import type { LocalDate } from '../../core/calendar.js';
import type { Checkin } from '../../contract/checkin.js';
import { ApiError } from '../api/api-error.js';
import { callApi } from '../api/client.js';
import { useQuery } from './useQuery.js';

/** Check-ins on the person's calendar days from `from` to `to`, both included. */
export function useCheckinsBetween(from: LocalDate, to: LocalDate) {
  return useQuery(`checkins:${from}:${to}`, async (): Promise<Checkin[]> => {
    const list = await callApi('listCheckins', { query: { from, to } });
    return list.items;
  });
}

/** One check-in by id, or `null` when it is gone (or never was). */
export function useCheckin(id: string) {
  return useQuery(`checkin:${id}`, async (): Promise<Checkin | null> => {
    try {
      return await callApi('getCheckin', { params: { id } });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  });
}
