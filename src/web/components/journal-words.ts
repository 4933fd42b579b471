/** The words of the journal's catalogs (issue 14): regions spread to, descriptors, triggers, relief. */
import type { PainDescriptor, ReliefKind, SpreadTarget, Trigger } from '../../core/journal/detail.js';

/** Names of the detail's choices, shared by the check-in, the relief follow-up and the flare plan. */
export const journalWords = {
  spreads: { arm: 'Into an arm', leg: 'Into a leg' } satisfies Record<SpreadTarget, string>,
  descriptors: {
    burning: 'Burning',
    tingling: 'Tingling',
    pins_and_needles: 'Pins and needles',
    shooting: 'Shooting',
    electric: 'Like an electric shock',
    stabbing: 'Stabbing',
    aching: 'Aching',
    throbbing: 'Throbbing',
    numbness: 'Numb',
    light_touch: 'Hurts at a light touch',
  } satisfies Record<PainDescriptor, string>,
  triggers: {
    sitting: 'Sitting',
    standing: 'Standing',
    walking: 'Walking',
    bending_lifting: 'Bending or lifting',
    long_drive: 'A long drive',
    poor_sleep: 'Poor sleep',
    stress: 'Stress',
    weather: 'Weather',
    overdoing: 'Too much on a good day',
    other: 'Something else',
  } satisfies Record<Trigger, string>,
  relief: {
    heat: 'Heat',
    cold: 'Cold',
    gentle_movement: 'Gentle movement',
    rest: 'Rest',
    breathing: 'Breathing or relaxing',
    medication: 'Medication',
    other: 'Something else',
  } satisfies Record<ReliefKind, string>,
  /** The relief kinds in a sentence, in lower case ("heat and rest"). */
  reliefInSentence: {
    heat: 'heat',
    cold: 'cold',
    gentle_movement: 'gentle movement',
    rest: 'rest',
    breathing: 'breathing or relaxing',
    medication: 'medication',
    other: 'something else',
  } satisfies Record<ReliefKind, string>,
};
