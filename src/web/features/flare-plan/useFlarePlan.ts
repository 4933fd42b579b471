/** The person's flare plan, or null when they have not written one. */
import type { FlarePlanSchema } from '../../../contract/flare-plan.js';
import { callApi } from '../../api/client.js';
import { useQuery } from '../../hooks/useQuery.js';

/** Loads my flare plan (null: none written yet). */
export function useFlarePlan() {
  return useQuery<FlarePlanSchema | null>('flare-plan', async () => (await callApi('getFlarePlan')).plan);
}
