/** The clinician's workspace: the caseload and reviews (issue 10). */
import type { RouteSpec } from './route-spec.js';

export const practiceRoutes = {
} as const satisfies Record<string, RouteSpec>;
