/** Words of the page that opens a one-use link for a clinician or admin. */
export const welcomeMessages = {
  en: {
    title: 'Welcome to Pacewise',
    gone: {
      title: 'This link no longer works',
      body: 'It may have expired, been used already, or been withdrawn. Each link works only once.',
      next: 'Please ask the practice’s administrator for a new link.',
    },
    invitedAs: {
      admin: 'This link makes you an administrator of this Pacewise practice: you invite clinicians and look after how the practice signs in.',
      clinician: 'This link makes you a clinician of this Pacewise practice: you can invite your patients and follow their progress with their consent.',
    },
    invitedBy: (name: string) => `${name} invited you.`,
    forEmail: 'For',
    expires: (when: string) => `The link works once, until ${when}.`,
    newAccount: 'Choose a password for your account.',
    existingAccount: 'You already have an account with this email. Enter its password to add this role to it. Your own journal stays as it is.',
    nameLabel: 'Your name',
    nameHint: 'Patients and colleagues see this name.',
    currentPassword: 'Your password',
    submit: 'Continue',
    submitting: 'Setting up your account…',
    passwordRequired: 'Please enter your password.',
    nextStep: 'Next, unless the practice has turned it off, you set up an authenticator app on your phone to protect patients’ data.',
  },
};
