/** The person's reminder settings with how reminders can reach them (push, calendar). */
import type { RemindersResponse } from '../../../contract/reminder.js';
import { callApi } from '../../api/client.js';
import { useQuery } from '../../hooks/useQuery.js';

/** The data key of the reminder settings, for `refreshData`. */
export const REMINDERS_KEY = 'reminders';

/** Loads my reminder settings. */
export function useReminders() {
  return useQuery<RemindersResponse>(REMINDERS_KEY, () => callApi('getReminders'));
}
