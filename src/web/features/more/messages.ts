/** Words of the More page: everything a person can reach that the tab bar does not hold. */
export const moreMessages = {
  en: {
    title: 'More',
    intro: 'Everything else in Pacewise, one tap away.',
    groups: {
      learn: 'Move and learn',
      care: 'Your care',
      you: 'You and your account',
    },
    items: {
      checkin: { label: 'Check in', hint: 'Note how you are today' },
      library: { label: 'Exercise library', hint: 'Every exercise, with pictures and steps' },
      lessons: { label: 'Short reads', hint: 'About pain, rest and moving' },
      logActivity: { label: 'Log a walk or other activity', hint: 'Something you did outside the plan' },
      flarePlan: { label: 'My flare plan', hint: 'What helps on a bad day' },
      notes: { label: 'Notes', hint: 'Messages with your clinician' },
      care: { label: 'Link with your clinician', hint: 'Share your journal, or stop sharing' },
      reminders: { label: 'Reminders', hint: 'When Pacewise gives you a nudge' },
      account: { label: 'Account and your data', hint: 'Your details, downloads, security' },
    },
    signOut: {
      heading: 'Sign out',
      button: 'Sign out',
      done: 'You are signed out.',
    },
  },
};
