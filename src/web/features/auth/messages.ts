/** Words of signing up, signing in and out. */
export const authMessages = {
  en: {
    signin: {
      title: 'Sign in',
      intro: 'Welcome back. Sign in to check in and see how things have been going.',
      submit: 'Sign in',
      submitting: 'Signing in…',
      noAccount: 'New to Pacewise?',
      createAccount: 'Create an account',
      forgot: 'Forgot your password?',
      deleted: 'Your account and everything in it have been deleted.',
      signedOut: 'You are signed out.',
    },
    signup: {
      title: 'Create your account',
      intro:
        'It takes a minute. Your data stays on this Pacewise server, and you can take it with you or delete it at any time.',
      submit: 'Create account',
      submitting: 'Creating your account…',
      haveAccount: 'Already have an account?',
      signIn: 'Sign in',
      timeZoneNote: (zone: string) =>
        `We will use your device's time zone (${zone}) for your days. You can change it later under Account.`,
    },
    fields: {
      email: 'Email',
      password: 'Password',
      name: 'Your name (optional)',
      nameHint: 'We only use it to greet you.',
      passwordHint: 'At least 10 characters. A short sentence you will remember works well.',
    },
    passwordProblems: {
      too_short: (missing: number) =>
        missing === 1 ? 'One more character, please.' : `${missing} more characters, please.`,
      too_long: 'Please use at most 200 characters.',
      too_common: 'Many people use this password, so it is easy to guess. Please choose another.',
      contains_email: 'Please choose a password that does not contain your email address.',
      looksGood: 'This password looks good.',
    },
    emailRequired: 'Please enter your email address.',
    passwordRequired: 'Please enter your password.',
  },
};
