/** Signing in with a second factor, passwords, devices, and the admin's practice settings (issue 10). */
import type { RouteSpec } from './route-spec.js';

export const securityRoutes = {
} as const satisfies Record<string, RouteSpec>;
