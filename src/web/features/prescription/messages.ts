/**
 * Words of a clinician's prescription: the sentences a change is told in (to the clinician and to
 * the person), what became of it this week, and the words of the "Plan settings" forms.
 */
import type { Position } from '../../../core/library/exercise.js';
import type { LikedActivity } from '../../../core/profile.js';
import { intakeMessages } from '../intake/messages.js';
import type { AdjustmentKind, AdjustmentOutcome, GoAheadCover, SuitabilityRule } from '../../../core/prescription/types.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;

const words = {
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  and: (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`),
  everyDay: 'every day',
  dose: {
    sets: (sets: number, reps: number | undefined) => (reps === undefined ? plural(sets, 'set', 'sets') : `${plural(sets, 'set', 'sets')} of ${reps}`),
    reps: (reps: number) => plural(reps, 'repetition', 'repetitions'),
    hold: (seconds: number) => `holding ${plural(seconds, 'second', 'seconds')}`,
    minutes: (minutes: number) => plural(minutes, 'minute', 'minutes'),
  },
  // The activities' names are intake's, so a person reads one name for each everywhere.
  activities: {
    session: 'The day’s minutes',
    other: 'Other activity',
    ...intakeMessages.en.likes.options,
  } satisfies Record<LikedActivity | 'session' | 'other', string>,
  covers: {
    clearance: 'the answers that ask for a clinician’s clearance',
    urgent: 'the urgent answers',
    stop_sign: 'a stop sign in a session',
  } satisfies Record<GoAheadCover, string>,
  /** For the clinician: one terse line per adjustment. */
  line: {
    include: (name: string, days: string, dose: string | null) => `${name} on ${days}${dose ? `, ${dose}` : ''}`,
    exclude: (name: string) => `${name}: left out`,
    doseSet: (name: string, dose: string) => `${name}: ${dose}`,
    doseCap: (name: string, dose: string) => `${name}: at most ${dose}`,
    quota: (activity: string, amount: string) => `${activity}: starts at ${amount}`,
    rise: (activity: string | null, rise: number) =>
      rise === 0 ? `${activity ? `${activity}, weekly rise` : 'Weekly rise'}: none for now (held)` : `${activity ? `${activity}, weekly rise` : 'Weekly rise'}: ${percent(rise)} instead of 10 %`,
    week: (parts: string) => `Week: ${parts}`,
    minutesPerDay: (n: number) => `${n} minutes a day`,
    daysPerWeek: (n: number) => plural(n, 'day a week', 'days a week'),
    goAhead: (covers: string) => `Go-ahead for ${covers}`,
  },
  /** For the person: what the clinician did, after "Set by Lena on 3 May: ". */
  person: {
    setBy: (name: string, day: string, what: string) => `Set by ${name} on ${day}: ${what}.`,
    include: (name: string, days: string, dose: string | null) => `add ${name} on ${days}${dose ? `, ${dose}` : ''}`,
    exclude: (name: string) => `leave out ${name}`,
    doseSet: (name: string, dose: string) => `do ${name} as ${dose}`,
    doseCap: (name: string, dose: string) => `keep ${name} to at most ${dose}`,
    quota: (activity: string, amount: string) => `start ${activity} at ${amount}`,
    rise: (activity: string | null, rise: number) =>
      rise === 0 ? `hold ${activity ?? 'your amounts'} where ${activity ? 'it is' : 'they are'} for now` : `let ${activity ?? 'your amounts'} grow by ${percent(rise)} a week instead of 10 %`,
    week: (parts: string) => `plan ${parts}`,
    goAhead: (covers: string) => `give you the go-ahead to move, covering ${covers}`,
    theDayMinutes: 'your day’s minutes',
    fromProgramme: (name: string) => `Part of the programme “${name}”.`,
    reason: (name: string) => `${name} wrote:`,
  },
  /** An adjustment without an exercise of its own (a rise, a cap, the week) that is in force. */
  inPlace: 'In place this week.',
  outcomes: {
    applied: 'In your week.',
    waits_flare: 'Not this week: it waits for the gentle days after your flare-up to pass.',
    waits_clearance: 'Waiting: until the safety questions are cleared, your plan keeps to breathing and gentle stretching.',
    not_suitable: 'Not in your week: your answers say it may not suit you. Your clinician can look at this with you.',
    did_not_fit: 'Not this week: the day’s minutes were already full.',
    waits_strength_rest: 'Not this week: strength work keeps a day of rest between its days.',
    unknown_exercise: 'Not in your week: this exercise is no longer available.',
  } satisfies Record<AdjustmentOutcome, string>,
  dayOutcomes: {
    applied: (day: string) => `${day}: in your week.`,
    waits_flare: (day: string) => `Not this week: ${day} is a gentle day after your flare-up.`,
    waits_clearance: (day: string) => `Not on ${day}: your plan keeps to gentle work until the safety questions are cleared.`,
    not_suitable: (day: string) => `Not on ${day}: it may not suit your answers.`,
    did_not_fit: (day: string) => `Not on ${day}: the day’s minutes were already full.`,
    waits_strength_rest: (day: string) => `Not on ${day}: strength work rests a day between, and the day before or after has strength.`,
    unknown_exercise: (day: string) => `Not on ${day}: this exercise is no longer available.`,
  } satisfies Record<AdjustmentOutcome, (day: string) => string>,
  /** Why an exercise would be left out for this patient, in the clinician's terms. */
  rules: {
    position: (name: string, positions: string, patient: string) => `${name} is done ${positions}, a position ${patient}’s answers rule out.`,
    floor: (name: string, _positions: string, patient: string) => `${name} is done on the floor, and ${patient} said they cannot get down to the floor.`,
    limbs: (name: string, _positions: string, patient: string) => `${name} works a limb ${patient} said they do not use.`,
    equipment: (name: string, _positions: string, patient: string) => `${name} needs equipment ${patient} did not say they have.`,
    condition: (name: string, _positions: string, patient: string) => `${name} is marked unsuitable for a condition ${patient} has.`,
    crps_limb: (name: string, _positions: string, patient: string) => `${name} stretches or loads the limb where ${patient} has CRPS.`,
  } satisfies Record<SuitabilityRule | 'floor', (name: string, positions: string, patient: string) => string>,
  positions: { lying: 'lying down', seated: 'seated', standing: 'standing', floor: 'on the floor', aquatic: 'in water' } satisfies Record<Position, string>,
  or: (items: readonly string[]) => items.join(' or '),
  unknownExercise: 'an exercise no longer in the library',
};

export const prescriptionMessages = {
  en: {
    words,
    section: {
      title: 'Plan settings',
      intro: (name: string) => `What you set here is part of every week Pacewise builds for ${name}. Pacing still moves within it, and a flare still eases it. ${name} reads each change with your reason.`,
      inForce: 'In force',
      none: 'No plan settings yet: the plan is Pacewise’s own.',
      setBy: (name: string, day: string) => `Set by ${name} on ${day}`,
      reason: (text: string) => `Reason: ${text}`,
      noReason: 'No reason given',
      confirmed: (rules: string) => `Confirmed despite: ${rules}`,
      fromProgramme: (name: string) => `From the programme “${name}”`,
      reads: (name: string, text: string) => `${name} reads: ${text}`,
      end: 'End',
      endContext: (line: string) => ` ${line}`,
      endQuestion: (line: string) => `End “${line}”?`,
      endDetails: 'The next week is built without it. This is recorded in the audit log.',
      endConfirm: 'Yes, end it',
      keep: 'Keep it',
      ended: 'Ended. The week has been rebuilt without it.',
      saved: 'Saved. The week below has been rebuilt with it.',
      working: 'One moment…',
    },
    add: {
      title: 'Add a setting',
      kindLegend: 'What to change',
      kinds: {
        include: 'Add an exercise on chosen days',
        exclude: 'Leave an exercise out',
        dose: 'Set or cap a dose',
        quota: 'Set a starting amount',
        rise: 'Weekly rise',
        week: 'Minutes a day and days a week',
        go_ahead: 'Give the go-ahead',
      } satisfies Record<AdjustmentKind, string>,
      save: 'Save',
      saving: 'Saving…',
      cancel: 'Cancel',
      reason: 'Reason, in words the patient reads',
      reasonHint: 'Optional. Plain words; it is shown with the change.',
      reasonRequired: 'Needed: write why this exercise is right for them despite the rules above.',
    },
    exercise: {
      search: 'Find an exercise',
      searchHint: 'Type part of its name.',
      results: 'Exercises found',
      choose: (name: string) => `Choose ${name}`,
      chosen: (name: string) => `Chosen: ${name}`,
      change: 'Choose another',
      noMatch: 'No exercise matches these words.',
      searching: 'Searching…',
      required: 'Choose an exercise.',
      custom: 'Your own',
    },
    days: { legend: 'Days', hint: 'Choose at least one day.', required: 'Choose at least one day.' },
    dose: {
      legend: 'Dose',
      hint: 'Fill in only what applies; leave the rest empty.',
      optionalLegend: 'Dose (optional)',
      sets: 'Sets',
      reps: 'Repetitions',
      holdSeconds: 'Hold (seconds)',
      minutes: 'Minutes',
      modeLegend: 'Set or cap',
      set: 'Set the dose',
      setHint: 'Fixes it; a paced exercise moves on from there.',
      cap: 'Cap the dose',
      capHint: 'The most the plan and pacing ever give it.',
      required: 'Give at least one of sets, repetitions, hold or minutes.',
      invalid: (field: string, min: number, max: number) => `${field}: a whole number from ${min} to ${max}.`,
    },
    quota: {
      activity: 'Activity',
      value: 'Starting amount (minutes)',
      valueHint: 'Pacing moves on from this amount.',
      invalid: 'A whole number of minutes from 1 to 90.',
    },
    rise: {
      legend: 'How fast amounts may grow each week',
      hint: 'Pacing’s own rise is 10 % a week.',
      hold: 'Hold: no rise for now',
      option: (n: number) => `${n} % a week${n === 10 ? ' (Pacewise’s usual)' : ''}`,
      activity: 'For',
      all: 'Every activity',
    },
    week: {
      minutesPerDay: 'Minutes a day',
      minutesHint: 'From 5 to 90. Leave empty to keep theirs.',
      daysPerWeek: 'Days a week',
      daysHint: 'From 1 to 7. Leave empty to keep theirs.',
      required: 'Give minutes a day, days a week, or both.',
      minutesInvalid: 'Minutes a day: a whole number from 5 to 90.',
      daysInvalid: 'Days a week: a whole number from 1 to 7.',
    },
    goAhead: {
      legend: 'What the go-ahead covers',
      hint: 'It never opens the plan past an emergency answer. A stop sign after today needs a new go-ahead.',
      required: 'Choose what the go-ahead covers.',
      flaggedTitle: (name: string) => `What ${name} answered “yes” to`,
      noneFlagged: 'No safety answer is flagged right now.',
      hold: (reason: string) => `A stop sign in a session: ${reason}`,
      covers: {
        clearance: 'The answers that ask for a clinician’s clearance',
        urgent: 'The urgent answers',
        stop_sign: 'A stop sign in a session',
      } satisfies Record<GoAheadCover, string>,
    },
    suitability: {
      checking: 'Checking whether it suits them…',
      fits: 'It suits their answers.',
      title: (name: string) => `Pacewise would leave this out for ${name}`,
      intro: 'Confirm each point, and write why, to include it anyway.',
      confirm: 'I have considered this and want it included',
      ruleNames: { position: 'position', limbs: 'limbs', equipment: 'equipment', condition: 'a condition', crps_limb: 'a limb with CRPS' } satisfies Record<SuitabilityRule, string>,
      confirmAll: 'Confirm each point above first.',
    },
    assign: {
      title: 'Assign a programme',
      intro: 'Adds every exercise of the programme as a setting you can change afterwards.',
      choose: 'Programme',
      none: 'No programmes yet.',
      manage: 'Write or change programmes',
      adds: 'It adds:',
      rise: (line: string) => line,
      assign: 'Assign',
      assigning: 'Assigning…',
      assigned: (name: string) => `Assigned “${name}”. The week below has been rebuilt with it.`,
    },
    errors: { generic: 'This could not be saved. Please check the fields.' },
    person: {
      heading: 'From your clinician',
      intro: 'Your clinician set these for your plan. Pacing still moves within them, and a bad day still makes the day gentler.',
      mark: (name: string) => `set by ${name}`,
      seeWeek: 'See what they set',
    },
    plural,
  },
};

/** The words the sentence builders need. */
export type PrescriptionWords = typeof words;
