/** The pacing engine's public surface (CLINICAL.md §3); see docs/pacing.md. */
export { activityKeyOf, chainRootOf } from './activity.js';
export type { ActivityKey, PacingMode, PacingView, QuotaUnit, QuotaView } from './activity.js';
export { activityLabel } from './lookup.js';
export { MESSAGES } from './messages.js';
export { checkinEventOf, sessionEventOf, type LoggedCheckin, type LoggedSession } from './events.js';
export { initialPacing, needsReplay, updatePacing } from './pacing.js';
export { PACING, START_SMALL } from './rules.js';
export { REASON_CODES } from './types.js';
export type {
  CheckinEvent,
  ItemFeedback,
  ItemStatus,
  PacingChange,
  PacingContext,
  PacingEvent,
  PacingState,
  ReasonCode,
  SessionEvent,
  SessionItemLog,
} from './types.js';
export { flareSinceOf, quotaFor, toPacingSummary, toPacingView } from './view.js';
export type { PacingSummary } from './view.js';
export { quotaHistory } from './history.js';
export { loggedSessionMinutes, plannedSessionMinutes } from './measure.js';
export { TRAFFIC_LIGHT, isRedFlagStop, trafficLightOf, type TrafficLight } from './traffic-light.js';
