/** Words of the account page. */
export const accountMessages = {
  en: {
    title: 'Account',
    details: {
      heading: 'Your details',
      email: 'Email',
      nameLabel: 'Your name (optional)',
      nameHint: 'Leave it empty if you prefer not to be greeted by name.',
      save: 'Save details',
      saving: 'Saving…',
      saved: 'Your details are saved.',
    },
    answers: {
      heading: 'Your answers',
      intake: 'Change your getting-started answers',
      safety: 'Review your safety answers',
    },
    care: {
      heading: 'Your clinicians',
      body: 'See who you share your journal with, end a link, and see each time a clinician looked.',
      link: 'Clinicians and who looked',
    },
    security: {
      heading: 'Signing in',
      link: 'Password, devices and signing out everywhere',
    },
    data: {
      heading: 'Your data',
    },
    signOut: {
      heading: 'Sign out',
      button: 'Sign out',
      done: 'You are signed out.',
    },
    remove: {
      heading: 'Delete your account',
      body: 'This deletes your account and everything in it from this server: your details, your answers and all your check-ins. It cannot be undone.',
      button: 'Delete my account…',
      question: 'Delete your account and all your data?',
      details: 'You may want to download your data first. Once deleted, it cannot be brought back.',
      passwordLabel: 'Your password, to confirm',
      passwordRequired: 'Please enter your password.',
      confirm: 'Delete my account and data',
      cancel: 'Keep my account',
      done: 'Your account and all your data have been deleted.',
    },
  },
};
