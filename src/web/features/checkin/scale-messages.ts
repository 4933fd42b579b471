/** Words of the check-in's 0–10 scales, on their own so the check-in list can name them without the whole form's words. */
import type { CheckinScale } from '../../../core/checkin.js';

/** Each scale's legend and the words at its two ends. */
export const scaleWords = {
  stiffness: { legend: 'Stiffness', low: 'no stiffness', high: 'very stiff' },
  sleep: { legend: 'Sleep last night', low: 'very poor', high: 'very good' },
  mood: { legend: 'Mood', low: 'very low', high: 'very good' },
  energy: { legend: 'Energy', low: 'none', high: 'lots of energy' },
  stress: { legend: 'Stress', low: 'calm', high: 'very stressed' },
} satisfies Record<CheckinScale, { legend: string; low: string; high: string }>;

/** The scales' words as a catalog. */
export const scaleMessages = { en: scaleWords };
