/**
 * Words of "Find your starting point", the tolerance test of CLINICAL.md §3: plain and kind;
 * stopping early is the point of the test, never a failure. Written for Pacewise.
 */

const minutes = (n: number) =>
  `${n.toLocaleString('en', { maximumFractionDigits: 1 })} ${n === 1 ? 'minute' : 'minutes'}`;

/** How a person names each kind of aerobic activity, and how to do it at an easy pace. */
interface ActivityWords {
  /** "walking", in a sentence. */
  noun: string;
  /** "Walk", to start an instruction. */
  verb: string;
}

const ACTIVITIES: Record<string, ActivityWords> = {
  walking: { noun: 'walking', verb: 'Walk' },
  cycling: { noun: 'cycling', verb: 'Ride' },
  swimming: { noun: 'swimming', verb: 'Swim' },
  water_exercise: { noun: 'water exercise', verb: 'Move in the water' },
  other: { noun: 'seated aerobics', verb: 'Keep moving' },
};

const CHAIR_MARCHING: ActivityWords = { noun: 'chair marching', verb: 'March in your chair' };

/** The words for an activity kind (walking done sitting is chair marching); any other kind gets plain words. */
export function activityWords(kind: string, seated = false): ActivityWords {
  if (kind === 'walking' && seated) return CHAIR_MARCHING;
  return ACTIVITIES[kind] ?? { noun: 'this activity', verb: 'Keep moving' };
}

export const startingPointMessages = {
  en: {
    title: 'Find your starting point',
    offers: {
      heading: 'Find your starting point',
      intro:
        'A short, easy test tells Pacewise how much suits you today, so your amounts start from you rather than from a guess.',
      link: (label: string) => `${label}: find your starting point`,
      resume: (label: string) => `${label}: carry on with your test`,
    },
    intro: (noun: string) =>
      `This test finds how much ${noun} suits you now. Pacewise then starts your daily amount a little below it and builds up slowly.`,
    howTo: 'How it works',
    steps: (verb: string) => [
      `${verb} at an easy pace: you can talk in full sentences, but you could not sing.`,
      'Keep going until you would like to stop, or until 15 minutes are up. The clock ends the test by itself at 15 minutes.',
      'Stopping early is the point of the test, not a failure. There is no right amount.',
      'Stop at once if anything feels wrong. The signs to watch for are below.',
    ],
    notAClinician:
      'This test helps you pace yourself. It does not replace advice from your doctor or physical therapist.',
    painBefore: 'How much pain do you have right now?',
    low: 'no pain',
    high: 'worst pain you can imagine',
    needPain: 'Please choose a number first. Any number is fine.',
    start: 'Start the test',
    running: {
      heading: (noun: string) => `Easy-pace ${noun}`,
      clockLabel: 'Time so far',
      ofMost: 'of up to 15:00',
      talkTest: 'Keep an easy pace: you can talk in full sentences.',
      stop: 'I’d like to stop',
      unwell: 'Stop — something feels wrong',
      welcomeBack: 'Welcome back. The clock kept running while you were away.',
    },
    after: {
      heading: {
        stopped: 'Test done',
        timeUp: 'Test done: the full 15 minutes',
      },
      body: {
        stopped: 'Stopping when you wanted to is exactly what the test asks.',
        timeUp: 'The clock stopped by itself, as it always does at 15 minutes.',
      },
      lasted: (time: string) => `Your test lasted ${time}.`,
      painAfter: 'How much pain do you have now?',
      needPain: 'Please choose a number. Any number is fine.',
      save: 'Save my starting point',
      again: 'Stopped by mistake? Start the test again',
    },
    unwell: {
      nothingWrong: 'Nothing is wrong — I just wanted to stop',
      end: 'End the test',
    },
    ended: {
      heading: 'Stopping was the right call',
      body: 'This test does not set a starting point, and that is fine. Your amounts stay as they are for now.',
      later: 'When you feel well again, you can take the test another day.',
    },
    result: {
      heading: 'Your starting point',
      amount: (value: number, noun: string) => `${minutes(value)} of ${noun} a day`,
      why: (lasted: number) =>
        `Your test lasted ${minutes(lasted)}. Pacewise starts a little below that, and adds a little after each calm week.`,
      offDays:
        'On a bad day, a smaller amount still counts. Your week will use this amount from now on.',
      pacingLink: 'How your amounts change',
      planLink: 'Back to your week',
    },
    unavailable: {
      heading: 'No test to take just now',
      noOffer:
        'There is no activity waiting for a starting point. Activities in your week that already have one are paced from it.',
      flare:
        'Your amounts are eased for a flare-up just now. A test is best taken on a steady day, once things have settled.',
      clinician:
        'Your plan is waiting for a clinician’s go-ahead, so it keeps to breathing and gentle stretching. The test can wait until then.',
      pacingLink: 'How your amounts change',
    },
    time: (ms: number) => {
      const total = Math.max(0, Math.floor(ms / 1000));
      return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
    },
    timeWords: (ms: number) => {
      const total = Math.max(0, Math.round(ms / 1000));
      const m = Math.floor(total / 60);
      const s = total % 60;
      const parts = [
        m > 0 ? `${m} ${m === 1 ? 'minute' : 'minutes'}` : '',
        s > 0 || m === 0 ? `${s} ${s === 1 ? 'second' : 'seconds'}` : '',
      ];
      return parts.filter(Boolean).join(' ');
    },
  },
};

export type StartingPointWords = (typeof startingPointMessages)['en'];
