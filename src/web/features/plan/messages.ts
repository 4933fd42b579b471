/** Words of the week plan and the bad-day choice. The reasons themselves come from the server. */
import type { TimeOfDay } from '../../../core/profile.js';

const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
const exercises = (n: number) => `${n} ${n === 1 ? 'exercise' : 'exercises'}`;

export const planMessages = {
  en: {
    title: 'Your week',
    intro:
      'A gentle plan for this week, fitted to your time and your body. Small, regular sessions add up.',
    today: {
      heading: (date: string) => `Today, ${date}`,
      rest: 'A rest day. Rest is part of the plan, and it helps your body settle.',
      gentle: 'A gentle day: breathing, easy stretches and short, easy walks.',
      empty: 'Nothing is planned for today.',
    },
    kinds: {
      active: 'Active day',
      rest: 'Rest day',
      flare: 'Gentle day',
    },
    todayMark: 'Today',
    session: (slot: string, n: number) => `${slot} · about ${minutes(n)}`,
    slots: {
      morning: 'Morning',
      midday: 'Middle of the day',
      evening: 'Evening',
    } satisfies Record<TimeOfDay, string>,
    daySummary: (kind: string, n: number, mins: number) =>
      n === 0 ? kind : `${kind} · ${exercises(n)} · about ${minutes(mins)}`,
    unknownExercise: 'An exercise from the library',
    setBy: (name: string) => `Set by ${name}`,
    week: {
      heading: 'This week',
      todayAbove: 'See today in full',
    },
    pillarMinutes: {
      heading: 'Minutes this week',
      line: (pillar: string, n: number) =>
        n === 0 ? `${pillar}: none this week` : `${pillar}: ${minutes(n)}`,
    },
    why: {
      heading: 'Why this plan',
    },
    pacingLink: 'How your amounts change',
    growthLink: 'How your plan grows',
    refer: {
      heading: 'No plan for now',
      intro: 'Pacewise will not make a plan until a clinician has seen you. Here is why:',
    },
    badDay: {
      button: 'I’m having a bad day',
      hint: 'Today’s plan becomes gentler. There is nothing to explain and nothing to make up later.',
      question: 'Make today a gentle day?',
      details:
        'Today’s sessions change to their gentle version: breathing, easy stretches and short, easy walks. You can undo this today.',
      confirm: 'Yes, make today gentle',
      cancel: 'Keep today’s plan',
      isOn: 'Today is in its gentle version. Doing a little, or resting, both count.',
      undo: 'Undo',
      undoContext: ' the bad day',
      marked: 'Done. Today is now in its gentle version.',
      unmarked: 'Today’s usual plan is back.',
      working: 'One moment…',
    },
    home: {
      heading: 'Today’s plan',
      active: (mins: number, n: number) => `About ${minutes(mins)}: ${exercises(n)}.`,
      gentle: (mins: number, n: number) => `A gentle day: about ${minutes(mins)}, ${exercises(n)}.`,
      rest: 'A rest day. Rest is part of the plan.',
      see: 'See today’s plan',
      seeWeek: 'See your week',
      sessionDone: (slot: string) => `${slot} session: done ✓`,
      allDone: 'Everything for today is done. Rest well.',
      firstDays: 'Your first days',
      start: 'Start',
    },
  },
};
