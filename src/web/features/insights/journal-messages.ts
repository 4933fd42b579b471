/**
 * Words of "What your journal shows" (issue 14), part of the insights catalog (`journal`). They
 * describe the person's own days; a trigger is "linked with" rises only when the server claims it,
 * never a cause, and "what helped" is how much the person felt it helped, never a measured change.
 */
import type { PainDescriptor } from '../../../core/journal/detail.js';
import { journalWords } from '../../components/journal-words.js';

const pct = (n: number) => `${n}\u00a0%`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const days = (n: number) => plural(n, 'day', 'days');
const one = (x: number) => x.toFixed(1);

/** "21 to 88 more", "21 to 88 less", or "from 10 less to 30 more" (percentage points). */
function shareInterval(low: number, high: number): string {
  if (low >= 0) return `${low} to ${high} more`;
  if (high <= 0) return `${-high} to ${-low} less`;
  return `from ${-low} less to ${high} more`;
}

/** The English words of the journal section. */
export const journalMessages = {
  heading: 'What your journal shows',
  intro:
    'From the detail you add to check-ins. These describe your own days; a link is only called one when it holds up.',
  empty:
    'Nothing here yet. Add detail when you check in (where it hurts, what it feels like, what set it off, what helped) and it will show here.',
  regions: {
    heading: 'Pain by body area',
    intro: 'The number you gave each area, day by day, and its 7-day average.',
    latest: (value: number, day: string, n: number) =>
      `Latest 7-day average: ${one(value)} (${day}). A number on ${days(n)} in this range.`,
    noAverage: (n: number) =>
      `A number on ${days(n)} in this range, not yet close enough together for a 7-day average (it needs 4 of 7 days).`,
    waiting: (items: string[], required: number) =>
      `An area's trend starts at ${days(required)} with its own number. So far: ${items.join('; ')}.`,
    waitingItem: (name: string, n: number) => `${name}, ${days(n)}`,
  },
  nerve: {
    heading: 'What the pain felt like',
    lead: (nerveDays: number, described: number, percent: number) =>
      `On ${nerveDays} of the ${described} days when you said what the pain felt like (${pct(percent)}), you chose a nerve-type word.`,
    interval: (low: number, high: number) => `Likely between ${pct(low)} and ${pct(high)} of such days.`,
    needs: (described: number, required: number) =>
      `You said what the pain felt like on ${days(described)}. The share of days with nerve-type words shows from ${required} such days.`,
    which:
      'Nerve-type words are burning, tingling, pins and needles, shooting, electric shocks, numbness and pain from a light touch. They are worth mentioning to your doctor or physical therapist; they are not a diagnosis.',
    wordsHeading: 'The words you chose',
    word: (name: string, n: number) => `${name}: ${days(n)}`,
  },
  triggers: {
    heading: 'Before pain went up',
    intro:
      'A rise is a day when pain was 2 points or more above your check-in before it (at most 3 days earlier). A trigger counts when you noted it that day or the day before.',
    needsDays: (n: number, required: number) =>
      `This starts after ${days(required)} of check-ins: ${required - n} more to go.`,
    needsRises: (rises: number, others: number, required: number) =>
      `So far ${plural(rises, 'rise', 'rises')} and ${plural(others, 'other day', 'other days')} to compare; a comparison needs at least ${required} of each. Until then, the counts:`,
    noted: (a: number, rises: number, b: number, others: number) =>
      `Noted before ${a} of ${plural(rises, 'rise', 'rises')}, and around ${b} of ${plural(others, 'other day', 'other days')}.`,
    difference: (points: number, low: number, high: number) =>
      points === 0
        ? `As often before a rise as around other days (likely ${shareInterval(low, high)}).`
        : `${Math.abs(points)} percentage points ${points > 0 ? 'more' : 'less'} often before a rise (likely ${shareInterval(low, high)}).`,
    linked: 'Linked with rises',
    unclear: 'No link with rises shown',
    note: 'A link is not proof that one leads to the other: triggers are easier to notice on bad days. Talk links over with your clinician.',
  },
  relief: {
    heading: 'What helped',
    intro:
      'How much you felt each thing helped, from 0 (not at all) to 10 (completely). When you rated it again later, the later rating counts.',
    shown: (name: string, mean: number, n: number, low: number, high: number) =>
      `${name}: ${one(mean)} out of 10 on average, rated ${plural(n, 'time', 'times')} (likely between ${one(low)} and ${one(high)}).`,
    later: (later: number, n: number) =>
      later === 0 ? 'All rated at the time.' : later === n ? 'All rated again later.' : `${later} of ${n} rated again later.`,
    counting: (name: string, n: number, required: number) =>
      `${name}: rated ${plural(n, 'time', 'times')} so far; an average shows from ${required}.`,
    note: 'This is how much you felt it helped, not a measured change in pain.',
  },
  descriptors: {
    burning: 'Burning',
    tingling: 'Tingling',
    pins_and_needles: 'Pins and needles',
    shooting: 'Shooting',
    electric: 'Electric shocks',
    stabbing: 'Stabbing',
    aching: 'Aching',
    throbbing: 'Throbbing',
    numbness: 'Numbness',
    light_touch: 'Pain from a light touch',
  } satisfies Record<PainDescriptor, string>,
  triggerNames: journalWords.triggers,
  reliefNames: journalWords.relief,
};
