/** Links between a clinician and a patient, made with consent, and notes both ways (issue 10). */
import type { RouteSpec } from './route-spec.js';

export const careRoutes = {
} as const satisfies Record<string, RouteSpec>;
