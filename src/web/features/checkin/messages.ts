/** Words of the daily check-in. Nothing here may shame a bad day. */
import type { Peg } from '../../../contract/checkin.js';
import { journalWords } from '../../components/journal-words.js';
import { scaleWords } from './scale-messages.js';

export const checkinMessages = {
  en: {
    title: 'Check in',
    editTitle: 'Edit check-in',
    intro: 'How is your pain right now? One tap and Save is enough.',
    pain: {
      legend: 'Pain right now',
      editLegend: 'Pain at that time',
      low: 'no pain',
      high: 'worst pain you can imagine',
      required: 'Please choose a number from 0 to 10.',
    },
    when: {
      legend: 'When',
      now: 'Now',
      other: 'Earlier today or another time',
      label: 'Date and time',
      hint: (zone: string) => `In your time zone, ${zone}.`,
      invalid: 'Please enter a date and time.',
      future: 'Please choose a time that has already passed.',
    },
    somethingNew: {
      label: 'Something new since your last check-in',
      hint: 'New numbness or weakness, a change in your bladder or bowels, or a fever. We will then ask the safety questions again.',
    },
    details: {
      summary: 'Add more detail (optional)',
      areasLegend: 'Where is the pain?',
      flare: 'This is a flare-up',
      flareHint:
        'A flare-up is a stretch of time when pain is much worse than usual for you. It is not your fault.',
      notesLabel: 'Notes (optional)',
      notesHint: 'Anything you want to remember: what you did, what helped.',
      notesCount: (used: number, max: number) => `${used} of ${max} characters`,
      notesTooLong: (max: number) => `Please shorten your notes to ${max} characters.`,
    },
    detail: {
      regionLegend: (region: string) => `${region}: how much pain?`,
      regionLow: 'none',
      regionHigh: 'worst',
      spreadsLegend: 'Does the pain spread into an arm or a leg?',
      spreadsHint: 'Tap any that apply.',
      feelsSummary: 'What it feels like',
      feelsLegend: 'What does the pain feel like?',
      triggersSummary: 'What set it off',
      triggersLegend: 'What set it off?',
      otherTriggerLabel: 'What else set it off? (optional)',
      helpedSummary: 'What helped',
      helpedLegend: 'What did you try?',
      helpedHow: (kind: string) => `${kind}: how much did it help?`,
      helpedLow: 'not at all',
      helpedHigh: 'completely',
      otherReliefLabel: 'What else did you try? (optional)',
      medicationSummary: 'Medication taken',
      medicationLabel: 'Medication taken (optional)',
      medicationHint:
        'Write it in your own words if you like, to remember it. Pacewise never advises on medicine; please ask your doctor or pharmacist.',
      tooLong: (max: number) => `Please shorten this to ${max} characters.`,
      tapHint: 'Tap any that fit. Tap again to undo.',
      ...journalWords,
    },
    scales: scaleWords,
    peg: {
      summary: 'Once a week: three questions about the past week (optional)',
      intro:
        'These three questions help you and your clinician see how pain and daily life change from week to week. Answer all three, or leave them for another day.',
      items: {
        pain: {
          legend: 'Over the past week, how bad was your pain on average?',
          low: 'no pain',
          high: 'pain as bad as you can imagine',
        },
        enjoyment: {
          legend: 'Over the past week, how much did pain get in the way of enjoying life?',
          low: 'does not interfere',
          high: 'completely interferes',
        },
        activity: {
          legend:
            'Over the past week, how much did pain get in the way of your day-to-day activities?',
          low: 'does not interfere',
          high: 'completely interferes',
        },
      } satisfies Record<keyof Peg, { legend: string; low: string; high: string }>,
      partial: (left: number) =>
        `Answer the ${left === 1 ? 'last question' : `other ${left} questions`} to save these answers with your check-in, or leave them for another day.`,
      complete: 'These answers will be saved with your check-in.',
    },
    save: 'Save',
    saving: 'Saving…',
    saveChanges: 'Save changes',
    saved: {
      flare: 'Flare-ups pass. Your own plan for them is one tap away.',
      openFlarePlan: 'Open my flare plan',
      writeFlarePlan: 'Write my flare plan',
      title: 'Check-in saved',
      body: 'Thank you for checking in.',
      pegSaved: 'Your answers to the three weekly questions are saved too.',
      again: 'Add another check-in',
      home: 'Go to home',
      history: 'See your history',
    },
    edited: 'Your changes are saved.',
    followUp: {
      heading: 'How did it help?',
      question: (tried: string, many: boolean) =>
        `Earlier you tried ${tried}. How much did ${many ? 'they' : 'it'} help, now?`,
      scaleLegend: (kind: string) => `${kind}, now`,
      low: 'not at all',
      high: 'completely',
      save: 'Save',
      saving: 'Saving…',
      skip: 'Skip',
      thanks: 'Thank you. Saved with that check-in.',
    },
    remove: {
      button: 'Delete this check-in',
      question: 'Delete this check-in? This cannot be undone.',
      confirm: 'Yes, delete it',
      cancel: 'No, keep it',
      done: 'The check-in was deleted.',
    },
    notFound: 'We could not find this check-in. It may have been deleted.',
    backToHistory: 'Back to history',
    cancelEdit: 'Cancel',
    fixBelow: 'Please check the answers marked below.',
  },
};
