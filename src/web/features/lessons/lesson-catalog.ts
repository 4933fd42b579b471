/**
 * The built-in lessons' words in every language (issue 14), one entry per id of `LESSON_IDS`.
 * A clinician's own lessons can later be added beside these in the same `LessonContent` shape.
 */
import type { LessonId } from '../../../core/lessons/catalog.js';
import type { Catalog } from '../../i18n/languages.js';
import { chestPain } from './content/chest-pain.js';
import { crps } from './content/crps.js';
import { fearOfMovement } from './content/fear-of-movement.js';
import { flareUps } from './content/flare-ups.js';
import { heatAndCold } from './content/heat-and-cold.js';
import { hernia } from './content/hernia.js';
import { hurtIsNotHarm } from './content/hurt-is-not-harm.js';
import { nervePainJournal } from './content/nerve-pain-journal.js';
import { pacingBoomBust } from './content/pacing-boom-bust.js';
import { sleep } from './content/sleep.js';
import { stressAndBreathing } from './content/stress-and-breathing.js';
import { trackingBackPain } from './content/tracking-back-pain.js';
import { whyMovementHelps } from './content/why-movement-helps.js';
import { workingWithATherapist } from './content/working-with-a-therapist.js';
import type { LessonContent } from './lesson-content.js';

/** Every built-in lesson's words, by id. */
export const lessonCatalog: Catalog<Record<LessonId, LessonContent>> = {
  en: {
    hurt_is_not_harm: hurtIsNotHarm,
    why_movement_helps: whyMovementHelps,
    pacing_boom_bust: pacingBoomBust,
    flare_ups: flareUps,
    fear_of_movement: fearOfMovement,
    sleep,
    stress_and_breathing: stressAndBreathing,
    heat_and_cold: heatAndCold,
    working_with_a_therapist: workingWithATherapist,
    tracking_back_pain: trackingBackPain,
    nerve_pain_journal: nervePainJournal,
    crps,
    hernia,
    chest_pain: chestPain,
  },
};
