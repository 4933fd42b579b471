/** Words of the home page. */
export const homeMessages = {
  en: {
    greeting: (name: string | null) => (name ? `Hello, ${name}` : 'Hello'),
    todayHeading: 'Today',
    todayDone: 'You have checked in today. Thank you.',
    todayNotYet: 'No check-in yet today. It takes a few seconds.',
    checkin: 'Check in',
    checkinAgain: 'Check in again',
    quick: {
      legend: 'Pain right now',
      hint: 'Tap a number, then Save.',
      low: '0 no pain',
      high: '10 worst pain',
      number: (n: number) => `${n}`,
    },
    intake: {
      heading: 'Tell us a little about yourself',
      body: 'A few short questions help Pacewise fit your body, your time and your pace. It takes about five minutes, and you can stop at any point.',
      start: 'Start the questions',
      resume: 'Continue where you left off',
    },
    latest: {
      heading: 'Your latest check-ins',
      none: 'Your check-ins will appear here.',
      all: 'See your history',
    },
  },
};
