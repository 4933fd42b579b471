/** Words of "How your plan grows". The sentences of each change come from the server. */

const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

export const growthMessages = {
  en: {
    title: 'How your plan grows',
    intro:
      'This shows how Pacewise would adjust your week over the next 12 weeks, for the answers you gave, if the weeks went as described below.',
    illustration:
      'It is an illustration, not a promise. Real weeks are different, and your body decides. Pacewise does not replace your physical therapist or doctor: talk with them about what is right for you.',
    scenarioLegend: 'Show what happens if you…',
    scenarios: {
      calm: {
        label: 'do every planned session, and your body stays calm',
        hint: 'Pain stays at your usual level, before and after sessions.',
      },
      missSome: {
        label: 'miss some days',
        hint: 'About four sessions in ten are left out. That is fine: nothing is lost.',
      },
      flare: {
        label: 'have a flare-up in week 3',
        hint: 'On the Wednesday of week 3 you mark a flare-up in your check-in.',
      },
      overdo: {
        label: 'overdo it on good days',
        hint: 'Twice, you do much more walking than planned on a good day, and pain flares the next day.',
      },
    },
    summary: (firstMinutes: number, firstDays: number, lastMinutes: number, lastDays: number, weeks: number) =>
      `Week 1 holds ${minutes(firstMinutes)} over ${days(firstDays)}. By week ${weeks}, it holds ${minutes(lastMinutes)} over ${days(lastDays)}.`,
    chart: {
      heading: 'Minutes planned each day',
      planned: 'Minutes planned that day',
      yourTime: (n: number) => `Your time a day: ${minutes(n)}`,
      gentle: 'Days of a flare-up, when amounts are halved',
      weekTick: (week: number) => `Wk ${week}`,
    },
    table: {
      caption: 'Week by week',
      week: 'Week',
      weekLabel: (week: number) => `Week ${week}`,
      minutes: 'Minutes in the week',
      activeDays: 'Days with sessions',
      gentleDays: 'Days of a flare-up',
    },
    changes: {
      heading: 'What changes, and why',
      intro: 'Each change to an amount comes with its reason, as you would see it on the day.',
      week: (week: number) => `Week ${week}`,
      none: 'Your amounts stay as they are in these weeks.',
    },
    refer: {
      heading: 'Nothing to show for now',
      body: 'Your answers mean a clinician should see you before Pacewise makes a plan, so there is no plan to show growing yet.',
    },
    backToPlan: 'Back to your week',
  },
};

export type GrowthWords = (typeof growthMessages)['en'];
