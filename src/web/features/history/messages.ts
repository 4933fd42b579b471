/** Words of the history page: the whole journal on one timeline, newest first. */
import type { StopReason } from '../../../core/session-player/types.js';
import type { TimelineFilter } from '../../../core/journal/timeline.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const historyMessages = {
  en: {
    title: 'Journal',
    intro: 'Everything you logged, newest first: check-ins, sessions, bad days and questionnaires.',
    chartHeading: 'Pain over the last 30 days',
    chartToggle: 'Show pain over the last 30 days',
    legendMean: 'Average pain that day',
    legendFlare: 'Flare-up day',
    gapsNote: 'Gaps are days without a check-in.',
    summary: (s: {
      daysWithEntries: number;
      days: number;
      average: number | null;
      lowest: number | null;
      highest: number | null;
      flareDays: number;
    }) => {
      if (s.daysWithEntries === 0 || s.average === null)
        return `No check-ins in the last ${s.days} days yet.`;
      const days = s.daysWithEntries === 1 ? '1 day' : `${s.daysWithEntries} days`;
      const flares =
        s.flareDays === 0
          ? 'No flare-up days.'
          : s.flareDays === 1
            ? '1 flare-up day.'
            : `${s.flareDays} flare-up days.`;
      return `You checked in on ${days} of the last ${s.days}. Average pain on those days was ${s.average} out of 10 (lowest day ${s.lowest}, highest day ${s.highest}). ${flares}`;
    },
    table: {
      caption: 'Daily pain, newest day first',
      day: 'Day',
      average: 'Average',
      highest: 'Highest',
      entries: 'Check-ins',
      flare: 'Flare-up',
      noEntry: 'No check-in',
      flareYes: 'Yes',
      flareNo: 'No',
    },
    entriesHeading: 'Your journal',
    filter: {
      label: 'Show',
      options: {
        all: 'Everything',
        checkin: 'Check-ins',
        session: 'Sessions',
        flare: 'Flare-ups',
        note: 'Notes',
        bad_day: 'Bad days',
        questionnaire: 'Questionnaires',
      } satisfies Record<TimelineFilter, string>,
    },
    span: (from: string, to: string) => `${from} to ${to}`,
    nothingInSpan: (filter: string) => `Nothing under “${filter}” on these days.`,
    showEarlier: 'Show earlier days',
    loadingEarlier: 'Loading earlier days…',
    startReached: 'That is everything since you joined.',
    kinds: {
      checkin: 'Check-in',
      session: 'Session',
      bad_day: 'Bad day',
      questionnaire: 'Questionnaire',
    },
    session: {
      done: 'Session done',
      partial: 'Session left partway',
      stopped: 'Session stopped',
      reason: (words: string) => `Why: ${words}.`,
      reasons: {
        pain_too_high: 'pain that was too much, sharp or spreading',
        dizzy: 'dizziness or feeling faint',
        chest_pain: 'chest pain, pressure or tightness',
        breathless: 'unusual breathlessness',
        palpitations: 'a racing or irregular heartbeat',
        one_sided_weakness: 'weakness or numbness on one side',
        something_else: 'something else',
      } satisfies Record<StopReason, string>,
      pain: (before: number, after: number | null) =>
        after === null ? `Pain ${before} of 10 before.` : `Pain ${before} of 10 before, ${after} after.`,
      amount: (exercises: number, minutes: number) =>
        minutes > 0
          ? `${plural(exercises, 'exercise', 'exercises')} done, ${plural(minutes, 'minute', 'minutes')}.`
          : `${plural(exercises, 'exercise', 'exercises')} done.`,
      test: 'A tolerance test: your own easy pace.',
    },
    badDay: {
      title: 'Marked as a bad day',
      body: 'Your plan went gentler for the day.',
    },
    questionnaire: {
      title: (name: string) => `Answered: ${name}`,
      names: {
        pain_rating: 'pain rating',
        peg: 'pain, enjoyment and activity (PEG)',
        psfs: 'your own activities (PSFS)',
        pgic: 'how things have changed',
      } as Record<string, string>,
      other: 'a questionnaire from your clinic',
      link: 'See your questionnaires',
    },
    empty: 'Nothing logged in the last 30 days yet. Your first check-in takes a few seconds.',
    checkinNow: 'Check in now',
    entry: {
      pain: (n: number) => `Pain ${n} of 10`,
      flare: 'Flare-up',
      where: (list: string) => `Where: ${list}`,
      detail: (name: string, n: number) => `${name} ${n}`,
      edit: 'Edit',
      delete: 'Delete',
      editContext: (when: string) => ` check-in from ${when}`,
      deleted: 'The check-in was deleted.',
      time: (time: string) => `at ${time}`,
    },
  },
};
