/** A linked clinician's reads of a patient's record: the same answers the person gets (issue 10). */
import type { RouteSpec } from './route-spec.js';

export const patientRoutes = {
} as const satisfies Record<string, RouteSpec>;
