/** How the person's plan would grow for a scenario: their profile, simulated by the server. */
import type { Profile } from '../../../contract/profile.js';
import type { SimulationResponse } from '../../../contract/plan.js';
import { callApi } from '../../api/client.js';
import { growthRequest, type Scenario } from './growth-view.js';
import { fetchProfile } from '../../hooks/useProfile.js';
import { useQuery } from '../../hooks/useQuery.js';

/** The simulation for a scenario, or "no profile yet" before the intake is finished. */
export type PlanGrowth = { kind: 'noProfile' } | { kind: 'ready'; profile: Profile; result: SimulationResponse };

/** Runs the scenario on the person's own profile; a new scenario loads afresh. */
export function usePlanGrowth(scenario: Scenario) {
  return useQuery(`plan-growth:${scenario}`, async (): Promise<PlanGrowth> => {
    const profile = await fetchProfile();
    if (!profile) return { kind: 'noProfile' };
    const result = await callApi('simulatePlan', { body: growthRequest(scenario, profile) });
    return { kind: 'ready', profile, result };
  });
}
