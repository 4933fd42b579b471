/** Words of the flare plan (issue 14): written by the person, in a few calm steps. */
import type { FlareStep } from './flare-plan-form.js';

export const flarePlanMessages = {
  en: {
    title: 'My flare plan',
    editTitle: 'Write my flare plan',
    intro:
      'A flare-up is a stretch of days when pain is much worse than usual. Flares usually settle. A plan written on a good day makes a bad day a little easier.',
    none: {
      body: 'You have not written a flare plan yet. It takes a few minutes, one question at a time, and you can change it whenever you like.',
      write: 'Write my flare plan',
    },
    stepCount: (n: number, of: number) => `Step ${n} of ${of}`,
    back: 'Back',
    next: 'Next',
    save: 'Save my plan',
    saving: 'Saving…',
    saved: 'Your flare plan is saved.',
    cancel: 'Leave without saving',
    tooLong: (max: number) => `Please shorten this to ${max} characters.`,
    steps: {
      helps: {
        heading: 'What helps me',
        legend: 'What has helped you in a flare before?',
        hint: 'Tap any that help. Tap again to undo.',
        ownLabel: 'In my own words (optional)',
        ownHint: 'For example: a warm shower in the morning, my favourite podcast, lying on my side with a pillow between my knees.',
      },
      firstDays: {
        heading: 'What I do on days 1 to 3',
        label: 'What will you do in the first few days?',
        hint: 'For example: keep moving a little every hour, short easy walks, half my usual exercise, go to bed at the same time.',
      },
      stopDoing: {
        heading: 'What I stop doing for now',
        label: 'What will you put aside until it settles?',
        hint: 'For example: heavy shopping, long drives, the garden. Only for now, not for ever.',
      },
      tell: {
        heading: 'Who I tell',
        whoLabel: 'Who will you tell?',
        whoHint: 'For example: my partner, my sister, a friend at work.',
        askLabel: 'What will you ask of them?',
        askHint: 'For example: to cook tonight, to walk the dog, to check in on me by phone.',
      },
      callDoctor: {
        heading: 'When I call a doctor',
        /** The person's own emergency number, so a printed plan holds it where it is needed. */
        emergencyIntro: (emergencyNumber: string) => `Call ${emergencyNumber} now if you have:`,
        urgentIntro: 'See a doctor soon if you have:',
        ownLabel: 'Anything else that means I call my doctor (optional)',
        ownHint: 'For example: if it is no better after a week, or if it feels different from my usual flares.',
      },
    } satisfies Record<FlareStep, unknown>,
    view: {
      change: 'Change my plan',
      print: 'Print',
      updated: (when: string) => `Last changed ${when}.`,
      empty: 'Nothing written here yet.',
      ask: 'What I ask of them:',
      mine: 'And for me:',
    },
    card: {
      heading: 'Your flare plan',
      body: 'Pain is worse today. It is not your fault, and flares usually settle. Your own plan is here.',
      bodyNone: 'Pain is worse today. It is not your fault, and flares usually settle. A short plan of your own can help next time.',
      open: 'Open my flare plan',
      write: 'Write my flare plan',
    },
  },
};
