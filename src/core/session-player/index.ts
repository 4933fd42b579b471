/**
 * The guided-session player (pure): the state machine, what a moment shows, the cues between
 * moments, the log a session records, resuming after a reload, and the quick activity log.
 */
export * from './types.js';
export {
  buildSegments,
  classifyDose,
  easierDose,
  pacedRepMs,
  segmentMs,
  READY_MS,
  type DoseKind,
} from './dose.js';
export {
  adjustBreath,
  breathAt,
  breathPhases,
  chooseBreath,
  BREATH_LIMITS,
  DEFAULT_BREATH,
  type BreathMoment,
  type BreathPhase,
} from './breath.js';
export {
  createSession,
  currentItem,
  isTicking,
  reduceSession,
  canFinish,
  CHECKPOINT_MS,
  type NewSession,
} from './player.js';
export { viewSession, secondsLeft, type PlayerView, type StepView, type RepPart } from './view.js';
export { cuesBetween, stepKey, type Cue } from './cues.js';
export {
  buildSessionLog,
  estimateMinutes,
  easedChoice,
  logItem,
  summarizeSession,
  type EasedChoice,
  type LoggedItem,
  type SessionLogBody,
  type SessionSummary,
} from './record.js';
export {
  closeAbandoned,
  isAbandoned,
  isSessionState,
  resumeSession,
  ABANDONED_AFTER_MS,
} from './resume.js';
export {
  buildActivityLog,
  effortToFeedback,
  EFFORTS,
  ACTIVITY_MINUTES,
  type ActivityReport,
  type Effort,
} from './activity.js';
export { isEmergencyStop, mayCarryOnAfterStop } from './stop.js';
export {
  decideEasier,
  findGentlerVersion,
  stepDoseDown,
  EASE_FLOORS,
  type EaseField,
  type EaseOptions,
  type EaseStep,
  type GentlerFacts,
} from './ease.js';
