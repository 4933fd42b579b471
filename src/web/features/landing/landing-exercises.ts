/** The exercises the landing page shows as a look at the library: one of each kind, all gentle. */
export const LANDING_EXERCISE_IDS = ['breathing-belly', 'seated-hamstring-stretch', 'chair-march', 'wall-push-up'] as const;
