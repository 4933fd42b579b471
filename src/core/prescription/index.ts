/** A clinician's prescription (issue 11): its shape, how it is read, and suitability. */
export * from './types.js';
export { applyGoAhead, DOSE_FIELDS, prescribedProfile, resolvePrescription, type ResolvedPrescription } from './resolve.js';
export { findFailedRules } from './suitability.js';
