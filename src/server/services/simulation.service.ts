/**
 * How a plan grows: a simulated person with the given profile and behaviour lives the weeks of
 * the real planner, player and pacing. No account, nothing read or stored.
 */
import type { z } from 'zod';
import { toLocalDate, weekStartOf } from '../../core/calendar.js';
import { behaviourFromDays, simulatePlan, summarizeSimulation, type SimulationSummary } from '../../core/simulation/index.js';
import type { SimulationRequest } from '../../contract/plan.js';
import type { Services } from '../context.js';
import type { Library } from './library.service.js';

/** Simulates the weeks from this week's Monday (UTC); the same request gives the same answer. */
export function simulateGrowth(
  services: Services,
  library: Library,
  request: z.output<typeof SimulationRequest>,
): SimulationSummary {
  const weekStart = weekStartOf(toLocalDate(services.clock.now(), 'UTC'));
  const simulation = simulatePlan({
    profile: request.profile,
    exercises: library.all(),
    weekStart,
    weeks: request.weeks,
    behaviour: behaviourFromDays(request.behaviour),
    seed: request.seed ?? 0,
  });
  return summarizeSimulation(simulation, library.index());
}
