/** The person's safety status: what their plan is built on, and whether the questions are due. */
import type { SafetyStatus } from '../../contract/safety.js';
import { isApiError } from '../api/api-error.js';
import { callApi } from '../api/client.js';
import { useQuery } from './useQuery.js';

/** Loads the safety status; `null` before the intake is finished. */
export async function fetchSafety(): Promise<SafetyStatus | null> {
  try {
    return await callApi('getSafety');
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

/** The safety status, or `null` before the intake is finished. */
export function useSafety() {
  return useQuery('safety', fetchSafety);
}
