/** Simulated people in the loop of planner, player and pacing (issue 9). */
export { allChangesOf, simulatePlan, MAX_SIMULATED_WEEKS } from './simulate.js';
export { playSession, settingUpMs, type PlayedSession, type SessionChoices } from './play.js';
export type {
  Behaviour,
  LivedPlan,
  SimulatedDay,
  SimulatedSession,
  SimulatedWeek,
  Simulation,
  SimulationInput,
  StopOnDay,
} from './types.js';
export {
  behaviourFromDays,
  summarizeSimulation,
  type BehaviourByDay,
  type ChangeSummary,
  type DaySummary,
  type QuotaSummary,
  type SimulationSummary,
  type WeekSummary,
} from './summary.js';
