/** Words of linking with a clinician, notes both ways, and who looked (issue 10). */
import type { RecordArea } from '../../../core/access/policy.js';
import type { NeverShared, OptionalShare, SharedArea } from '../../../core/care/shares.js';

/** What a clinician did when they changed a part of the record, as a person reads it. */
const CHANGE_WORDS: Partial<Record<RecordArea, string>> = {
  care_notes: 'wrote you a note',
  reviews: 'marked your record reviewed',
  care_link: 'ended your link',
  prescription: 'changed your plan',
  outcome_schedule: 'changed when you are asked a questionnaire',
  password_reset: 'made a link to set a new password for you',
};

const AREA_WORDS: Record<RecordArea, string> = {
  account: 'account details',
  second_factor: 'sign-in settings',
  profile: 'getting-started answers',
  safety: 'safety answers',
  journal: 'check-ins',
  sessions: 'exercise sessions',
  plan: 'plan',
  pacing: 'pacing',
  insights: 'insights',
  outcomes: 'questionnaires',
  care_notes: 'notes page',
  reviews: 'record reviews',
  care_link: 'link',
  summary: 'summary on the caseload',
  prescription: 'plan settings from your clinician',
  report: 'visit report',
  outcome_schedule: 'questionnaire schedule',
  export: 'data download',
  lessons: 'lessons read',
  flare_plan: 'flare plan',
  reminders: 'reminder settings',
  password_reset: 'password reset links',
};

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

const SHARE_WORDS: Record<SharedArea | OptionalShare, string> = {
  checkins: 'Your check-ins: pain, where it hurts, sleep, mood, energy and flares',
  sessions: 'Your exercise sessions, how they felt, and any time you stopped',
  plan_pacing: 'Your plan and your pacing, with the reason for each change',
  insights: 'Your insights: the patterns Pacewise finds in your journal',
  outcomes: 'Your questionnaire answers and their scores',
  answers: 'Your getting-started and safety answers, with their dates',
  checkin_notes: 'The notes you write in your check-ins and after your sessions',
};

const NEVER_WORDS: Record<NeverShared, string> = {
  password: 'Your password',
  other_clinicians_notes: 'Notes between you and any other clinician',
};

export const careMessages = {
  en: {
    areas: AREA_WORDS,
    changes: (area: RecordArea) => CHANGE_WORDS[area] ?? `changed your ${AREA_WORDS[area]}`,
    shares: SHARE_WORDS,
    never: NEVER_WORDS,
    someone: 'A clinician',
    join: {
      title: 'Link with your clinician',
      codeIntro: 'Your clinician can give you a link or a short code. Type the code here to see who it is from and what would be shared.',
      codeLabel: 'Your code',
      codeHint: 'Eight letters and numbers, like ABCD-EFGH.',
      codeRequired: 'Please type the code you were given.',
      look: 'Show the invitation',
      looking: 'Looking…',
      from: (name: string) => `${name} would like to follow your progress`,
      fromEmail: (email: string) => `Email: ${email}`,
      sharedHeading: (name: string) => `What ${name} will see`,
      notesLabel: 'Also share the notes I write in my check-ins and sessions',
      notesHint: 'Left unticked, the notes you write in check-ins and sessions stay private to you. You can still write notes to each other.',
      neverHeading: 'Never shared',
      promisesHeading: 'You stay in charge',
      canEnd: 'You can end the link at any time in your account. It ends at once.',
      recorded: (name: string) => `Each time ${name} looks at your data it is recorded, and you can see it in your account under "Who looked".`,
      expires: (day: string) => `This invitation works until ${day}.`,
      accept: 'Accept and link',
      accepting: 'Linking…',
      decline: 'Decline',
      accepted: (name: string) => `You are now linked with ${name}.`,
      acceptedBody: 'You can see your clinicians, end a link, and see who looked, on your clinicians page.',
      declined: 'You declined the invitation. Nothing was shared.',
      toCare: 'Go to your clinicians',
      home: 'Back to your day',
      enterCode: 'Type a code instead',
    },
    care: {
      title: 'Your clinicians',
      intro: 'The clinicians you share your journal with. You decide: you can end a link at any time.',
      none: 'You are not linked with a clinician.',
      since: (day: string) => `Linked since ${day}`,
      notesShared: 'The notes in your check-ins and sessions are shared.',
      notesPrivate: 'The notes in your check-ins and sessions are private to you.',
      end: 'End this link…',
      endQuestion: (name: string) => `End your link with ${name}?`,
      endDetails: (name: string) => `${name} will no longer see your data, from this moment. Your notes with ${name} stay with you. To link again you would need a new invitation.`,
      endConfirm: 'End the link',
      endCancel: 'Keep the link',
      ended: (name: string) => `Your link with ${name} has ended.`,
      codeHeading: 'Notes and invitations',
      codeLink: 'Enter an invitation code',
      notesLink: 'Your notes with clinicians',
      whoHeading: 'Who looked',
      whoIntro: 'Each time a clinician looks at your data or writes to it, it is recorded here. The last 90 days.',
      whoNone: 'No one has looked at your data in the last 90 days.',
      whoLine: (name: string, looked: string[], changed: string[], day: string) => {
        const parts = [...(looked.length > 0 ? [`looked at your ${joinWords(looked)}`] : []), ...changed];
        return `${name} ${joinWords(parts)} on ${day}`;
      },
      times: (count: number) => (count === 1 ? 'once' : `${count} times`),
    },
    notes: {
      title: 'Notes',
      intro: 'Short notes between you and your clinicians, for example before a visit. Plain text only.',
      none: 'No notes yet. When a clinician writes to you, it will be here.',
      thread: (name: string) => `With ${name}`,
      me: 'You',
      wrote: (who: string, when: string) => `${who}, ${when}`,
      replyLabel: (name: string) => `Write to ${name}`,
      writeLabel: 'Write a note',
      hint: 'Up to 2000 characters. For anything urgent, call your practice or emergency services.',
      send: 'Send note',
      sending: 'Sending…',
      sent: 'Your note was sent.',
      required: 'Please write a few words first.',
      tooLong: 'A note can be up to 2000 characters.',
      ended: 'This link has ended, so you cannot send new notes here.',
      read: 'Read',
    },
    homeCard: {
      heading: (name: string) => `A note from ${name}`,
      reply: 'Read and reply',
    },
    patient: {
      heading: 'Notes with this patient',
      none: 'No notes yet.',
      them: 'Your patient',
    },
    invite: {
      title: 'Invite a patient',
      intro: 'Make a one-use invitation. Your patient opens the link or types the code, sees exactly what would be shared, and chooses.',
      labelLabel: 'A reminder for you (optional)',
      labelHint: 'Only you see this, e.g. "Maya, Tuesday visit".',
      make: 'Make an invitation',
      making: 'Making…',
      madeHeading: 'Give this to your patient',
      once: 'This is shown only once. Copy it now; you can always make another.',
      linkLabel: 'Link',
      codeLabel: 'Code',
      copyLink: 'Copy link',
      copyCode: 'Copy code',
      copied: 'Copied.',
      copyFailed: 'Could not copy; select the text and copy it.',
      expires: (day: string) => `Works once, until ${day}.`,
      listHeading: 'Your invitations',
      listNone: 'No open or recent invitations.',
      noLabel: 'No reminder',
      made: (day: string) => `Made ${day}`,
      status: { open: 'Open', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn', expired: 'Expired' },
      withdraw: 'Withdraw',
      withdrawLabel: (label: string) => `Withdraw invitation: ${label}`,
      withdrawn: 'The invitation was withdrawn.',
      caption: 'Open invitations and those answered in the last 30 days',
      columns: { reminder: 'Reminder', status: 'Status', made: 'Made', expires: 'Works until', action: 'Action' },
    },
  },
};
