/** The practice's administration: the first admin, clinicians invited and disabled, settings, the audit log (issue 10). */
import type { RouteSpec } from './route-spec.js';

export const adminRoutes = {
} as const satisfies Record<string, RouteSpec>;
