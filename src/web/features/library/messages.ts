/** Words of the exercise library: the list, its filters, one exercise, and doses in words. */
import type { Pillar, Position } from '../../../core/library/exercise.js';
import type { Condition, Equipment, PainArea } from '../../../core/profile.js';

const count = (n: number, one: string, many: string) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

function formatNumber(n: number): string {
  return n.toLocaleString('en', { maximumFractionDigits: 1 });
}

export const libraryMessages = {
  en: {
    title: 'Exercise library',
    intro: 'How to do each exercise, what it should feel like, and when to stop.',
    filters: {
      heading: 'Find exercises',
      search: 'Search exercises',
      searchHint: 'For example: shoulder, chair, breathing.',
      pillar: 'Kind of exercise',
      allPillars: 'All',
      position: 'Position',
      anyPosition: 'Any',
      equipment: 'Equipment',
      anyEquipment: 'Any',
      noEquipment: 'No equipment',
      onlyWhatIHave: 'What I have',
      whatIHave: 'Equipment you have',
      whatIHaveHint: 'We show exercises that need nothing else. Body weight always counts.',
      region: 'Pain area',
      anyRegion: 'Any',
      level: 'Level',
      anyLevel: 'Any',
      clear: 'Clear all filters',
    },
    results: {
      heading: 'Exercises',
      count: (n: number, total: boolean) =>
        n === 0
          ? 'No exercises match these filters.'
          : total
            ? `${count(n, 'exercise', 'exercises')} in the library.`
            : `${count(n, 'exercise matches', 'exercises match')} your filters.`,
      /** The count when words were searched: the list is in order of how well each matches. */
      rankedCount: (n: number) =>
        n === 0 ? 'No exercises match these words.' : `${count(n, 'exercise matches', 'exercises match')}, best match first.`,
      none: 'Try fewer filters, or other words.',
      updating: 'Updating…',
    },
    pillars: {
      stretching: 'Stretching',
      aerobic: 'Aerobic activity',
      strengthening: 'Strengthening',
      mind_body: 'Mind-body',
    } satisfies Record<Pillar, string>,
    positions: {
      lying: 'Lying',
      seated: 'Seated',
      standing: 'Standing',
      floor: 'On the floor',
      aquatic: 'In water',
    } satisfies Record<Position, string>,
    equipmentNames: {
      chair: 'Chair',
      wall: 'Wall',
      mat: 'Mat',
      resistance_band: 'Resistance band',
      light_weights: 'Light weights',
      stationary_bike: 'Stationary bike',
      bicycle: 'Bicycle',
      pool: 'Swimming pool',
    } satisfies Record<Equipment, string>,
    regions: {
      neck: 'Neck',
      shoulder: 'Shoulder',
      upper_back: 'Upper back',
      lower_back: 'Lower back',
      hip: 'Hip',
      knee: 'Knee',
      ankle_foot: 'Ankle and foot',
      wrist_hand: 'Wrist and hand',
      elbow: 'Elbow',
      widespread: 'Widespread pain',
    } satisfies Record<PainArea, string>,
    levels: {
      1: 'Level 1: gentlest',
      2: 'Level 2: a little more',
      3: 'Level 3: most demanding',
    } satisfies Record<1 | 2 | 3, string>,
    levelShort: (level: number) => `Level ${level}`,
    /** Conditions in running text, for the kind caution sentence. */
    conditions: {
      chronic_low_back_pain: 'long-lasting low back pain',
      neck_pain: 'neck pain',
      knee_osteoarthritis: 'knee osteoarthritis',
      hip_osteoarthritis: 'hip osteoarthritis',
      fibromyalgia: 'fibromyalgia',
      neuropathic_pain: 'nerve pain',
      crps: 'complex regional pain syndrome (CRPS)',
      osteoporosis: 'osteoporosis',
      other: 'another condition',
    } satisfies Record<Condition, string>,
    exercise: {
      backToLibrary: 'Back to the library',
      notFound: 'We could not find this exercise. It may have a new name.',
      howTo: 'How to do it',
      breathing: 'Breathing',
      feel: 'What it should feel like',
      stopIf: 'When to stop',
      dose: 'How much',
      doseNone: 'At your own pace.',
      details: 'About this exercise',
      positions: 'Positions',
      equipment: 'Equipment',
      noEquipment: 'No equipment needed',
      regions: 'Helps with',
      level: 'Level',
      cautions: 'Take care',
      avoidWith: (conditions: string) =>
        `Pacewise leaves this exercise out of plans for people with ${conditions}. If that is you, ask your physical therapist before trying it.`,
      variants: 'Easier and harder versions',
      easier: (name: string) => `Easier: ${name}`,
      harder: (name: string) => `Harder: ${name}`,
    },
    dose: {
      minutesAerobic: (n: number) =>
        `${count(n, 'minute', 'minutes')} at an easy pace: you can talk but not sing`,
      minutes: (n: number) => count(n, 'minute', 'minutes'),
      sets: (sets: number, reps: number) =>
        `${count(sets, 'set', 'sets')} of ${count(reps, 'slow repetition', 'slow repetitions')}`,
      setsOnly: (sets: number) => count(sets, 'set', 'sets'),
      reps: (reps: number) => count(reps, 'slow repetition', 'slow repetitions'),
      holdEach: (seconds: number) => `holding each for ${count(seconds, 'second', 'seconds')}`,
      hold: (seconds: number, times: number) =>
        `Hold ${count(seconds, 'second', 'seconds')}, ${times === 1 ? 'once' : `${formatNumber(times)} times`}`,
      perSide: 'on each side',
    },
    listJoin: (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
    /** Names joined as one phrase, capitalised once: "Knee and hip", "Seated and standing". */
    sentenceList: (items: string[]) =>
      new Intl.ListFormat('en', { type: 'conjunction' }).format(
        items.map((item, index) => (index === 0 ? item : item.toLowerCase())),
      ),
  },
};

export type LibraryWords = (typeof libraryMessages)['en'];
