/** The person's safety status: what their plan is built on, and whether the questions are due. */
import type { SafetyStatus } from '../../contract/safety.js';
import { isApiError } from '../api/api-error.js';
import { callApi } from '../api/client.js';
import { useCallback } from 'react';
import { refreshData, replaceData } from '../data/cache.js';
import { useQuery, useQueryScope } from './useQuery.js';

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

/**
 * Shows safety answers the server has just saved: their status on every page at once (a stop
 * sign from before must not linger on home, nor a missing one), then fetches again what they
 * change, the plan first of all.
 */
export function useShowSavedSafety(): (status: SafetyStatus) => void {
  const scope = useQueryScope();
  return useCallback(
    (status: SafetyStatus) => {
      replaceData('safety', scope, status);
      refreshData();
    },
    [scope],
  );
}
