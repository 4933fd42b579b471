/** The words of the mails Pacewise sends (issue 15), plain and short, in one catalog. */

/** What a reset mail says; `link` is the one-use address, `minutes` how long it works. */
export const MAIL_MESSAGES = {
  en: {
    resetSubject: 'Set a new Pacewise password',
    resetBody: (link: string, minutes: number): string =>
      [
        'Hello,',
        '',
        'Someone asked to set a new password for the Pacewise account of this email address.',
        `If it was you, open this link within ${minutes} minutes and choose a new password:`,
        '',
        link,
        '',
        'The link works once. Setting a new password signs the account out on every device.',
        'If it was not you, you can ignore this mail: your password stays as it is.',
        '',
        'Pacewise',
      ].join('\n'),
    takenSubject: 'Someone tried to make a Pacewise account with your email',
    takenBody: (signInLink: string): string =>
      [
        'Hello,',
        '',
        'Someone just tried to make a new Pacewise account with this email address. You already have one, so nothing was made, and your account is as it was.',
        '',
        'If it was you, sign in here instead:',
        '',
        signInLink,
        '',
        'If you have forgotten your password, the sign-in page lets you set a new one.',
        'If it was not you, you need do nothing.',
        '',
        'Pacewise',
      ].join('\n'),
  },
} as const;
