/** Words of the reminders (issue 13): settings, the home notice, the intake question, push and calendar. */
import type { ReminderKind } from '../../../core/reminders/settings.js';

const KINDS = {
  checkin: 'Check-in',
  session: 'Today’s session',
  questionnaire: 'Questions about how you are doing',
} satisfies Record<ReminderKind, string>;

export const reminderMessages = {
  en: {
    title: 'Reminders',
    intro:
      'Pacewise reminds you only when you ask it to, and never more often than you choose. Everything here is off until you turn it on.',
    link: 'Reminders',
    accountLink: 'Choose your reminders',
    accountBody: 'A gentle nudge to check in or to do today’s session, only if you want one.',
    status: {
      heading: 'Right now',
      noneOn: 'No reminders are on.',
      on: (list: string) => `Reminders are on: ${list}.`,
      onItem: (kind: string, time: string) => `${kind} at ${time}`,
      kinds: {
        checkin: 'check-in',
        session: 'today’s session',
        questionnaire: 'questions about how you are doing',
      } satisfies Record<ReminderKind, string>,
      noDays: 'Reminders are on, but no days are chosen, so none will come.',
      paused: 'All reminders are off. Your choices below are kept for when you want them again.',
      snoozed: (until: string) => `Reminders are snoozed until ${until}.`,
      snoozeHour: 'Snooze for 1 hour',
      snoozeTomorrow: 'Snooze until tomorrow',
      endSnooze: 'End the snooze',
      allOff: 'Turn all reminders off',
      backOn: 'Turn reminders back on',
      done: {
        snoozedHour: 'Snoozed for 1 hour.',
        snoozedTomorrow: 'Snoozed until tomorrow.',
        snoozeEnded: 'The snooze has ended.',
        paused: 'All reminders are off.',
        resumed: 'Your reminders are back on.',
      },
    },
    form: {
      heading: 'Which reminders',
      kindsLegend: 'Remind me about',
      kinds: KINDS,
      kindHints: {
        checkin: 'Not on a day you have already checked in.',
        session: 'Only when today’s plan has a session you have not done yet.',
        questionnaire: 'A few short questions, only on a day they are waiting for you.',
      } satisfies Record<ReminderKind, string>,
      timeLabels: {
        checkin: 'Check-in reminder time',
        session: 'Session reminder time',
        questionnaire: 'Questionnaire reminder time',
      } satisfies Record<ReminderKind, string>,
      timeError: 'Please choose a time, such as 08:30.',
      daysLegend: 'On these days',
      daysError: 'Please choose at least one day, or turn the reminders off.',
      days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      quietLegend: 'Quiet hours',
      quietToggle: 'Keep some hours quiet',
      quietHint: 'No reminder comes between these times. They can cross midnight.',
      quietFrom: 'Quiet from',
      quietTo: 'Quiet until',
      quietSame: 'Please choose two different times.',
      maxLegend: 'At most this many reminders a day',
      maxHint: 'One a day is often enough. Reminders in the app and on this phone both count.',
      save: 'Save my reminders',
      saving: 'Saving…',
      saved: 'Your reminders are saved.',
      fixBelow: 'Please check the highlighted answers.',
    },
    ways: {
      heading: 'How reminders reach you',
      inApp:
        'In the app: when you open Pacewise, a short note shows what is due. This is always on for the reminders you choose.',
    },
    push: {
      heading: 'On this phone',
      body: 'A notification on this device, even when Pacewise is closed. It only says what is due, such as “Time for your check-in”.',
      turnOn: 'Send reminders to this phone',
      turningOn: 'Asking your browser…',
      turnOff: 'Stop reminders on this phone',
      isOn: 'Reminders come to this phone.',
      otherDevices: (n: number) =>
        n === 1
          ? 'One other browser of yours also receives them.'
          : `${n} other browsers of yours also receive them.`,
      unsupported:
        'This browser cannot show notifications from Pacewise. On an iPhone, add Pacewise to your home screen first, then open it from there.',
      denied:
        'Your browser is set to block notifications from Pacewise. To allow them, open the site settings in your browser and allow notifications, then come back here.',
      dismissed:
        'Your browser did not allow notifications this time. You can try again whenever you like.',
      failed:
        'This browser could not set up notifications just now. Reminders in the app still work, and you can try again later.',
      turnedOn: 'Reminders will come to this phone.',
      turnedOff: 'Reminders will no longer come to this phone.',
    },
    calendar: {
      heading: 'In my calendar',
      body: 'A private link your calendar app can follow: each planned session with a reminder, and your check-in time.',
      privacy:
        'Anyone who has the link sees your session times, nothing else. Keep it to yourself, and make a new link if it gets out.',
      make: 'Make a private calendar link',
      urlLabel: 'Your private calendar link',
      urlHint:
        'Add it to your calendar app as a subscribed or “from URL” calendar. It is shown only now.',
      copy: 'Copy the link',
      isOn: (when: string | null) =>
        when ? `Your calendar link is on. You made it ${when}.` : 'Your calendar link is on.',
      isOnHint: 'For safety the link is not shown again. If you have lost it, make a new one.',
      renew: 'Make a new link',
      renewHint: 'A new link stops the old one straight away.',
      stop: 'Stop the calendar link',
      stopped: 'The calendar link is stopped. Your calendar will stop showing your sessions.',
      renewed: 'Here is your new link. The old one no longer works.',
    },
    notice: {
      heading: 'A gentle reminder',
      checkin: 'Time for your check-in.',
      session: (slot: string, minutes: number) =>
        minutes > 0
          ? `Your ${slot} session is ready, about ${minutes} minutes.`
          : `Your ${slot} session is ready.`,
      questionnaire: 'You have a short questionnaire to answer.',
      slots: { morning: 'morning', midday: 'midday', evening: 'evening' } as Record<string, string>,
      checkinAction: 'Check in now',
      sessionAction: (slot: string) => `Start the ${slot} session`,
      questionnaireAction: 'Answer the questions',
      notNow: 'Not now',
      settings: 'Reminder settings',
    },
    optIn: {
      heading: 'Would you like a reminder?',
      body: 'A gentle reminder to check in, once a day at a time you choose. Nothing is sent unless you say yes, and you can change or stop it at any time.',
      timeLabel: 'Check-in time',
      yes: 'Yes, remind me',
      no: 'No thanks',
      saving: 'Saving…',
      done: (time: string) =>
        `You will get a check-in reminder at ${time}. You can change it in your reminder settings.`,
      declined: 'No reminder. You can turn one on later in your account.',
      settings: 'Reminder settings',
    },
  },
};
