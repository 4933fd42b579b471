/**
 * Words of the CRPS stop signs (CLINICAL.md §1: stop signs add colour, swelling or temperature
 * change in the limb), in our own words: calm, and never a diagnosis.
 */
import type { Catalog } from '../../i18n/languages.js';

/** The CRPS stop signs, each with what to do. */
export const crpsStopMessages: Catalog<{ title: string; signs: [string, string][] }> = {
  en: {
    title: 'With CRPS, also stop if the limb that hurts',
    signs: [
      ['Changes colour: redder, paler, blue or blotchy', 'Stop and rest it in a comfortable position.'],
      ['Swells or looks puffier than before you started', 'Stop and rest it, raised a little if that is comfortable.'],
      ['Feels hotter or colder than the other side', 'Stop and rest. If it has not settled by tomorrow, tell your physical therapist.'],
    ],
  },
};
