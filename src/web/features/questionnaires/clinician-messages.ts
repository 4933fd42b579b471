/** Words of the questionnaires on a patient's record and on the caseload. */
const weeks = (days: number) => (days % 7 === 0 ? (days === 7 ? 'every week' : `every ${days / 7} weeks`) : `every ${days} days`);

export const clinicianQuestionnaireMessages = {
  en: {
    heading: 'Questionnaires',
    intro: 'How often each questionnaire is asked, and the patient’s scores. A patient is never asked more than one questionnaire screen a day.',
    schedulesHeading: 'How often they are asked',
    scoresHeading: 'Scores',
    often: (title: string) => `How often: ${title}`,
    options: { off: 'Not asked', every: weeks },
    current: (days: number | null) => (days === null ? 'Not asked' : `Asked ${weeks(days)}`),
    insideCheckin: 'Asked inside the check-in.',
    titles: { pain_rating: 'Pain rating (0-10)', peg: 'PEG (pain, enjoyment, activity)', psfs: 'PSFS (their own activities)', pgic: 'Global impression of change' } as Record<string, string>,
    caseloadRating: (title: string, words: string, mark: string | null) => (mark ? `${title}: ${words} (${mark})` : `${title}: ${words}`),
    setBy: (name: string | null, day: string) => `Set by ${name ?? 'a clinician'} on ${day}.`,
    ownSchedule: 'Pacewise’s own schedule.',
    save: 'Save',
    saveContext: (title: string) => ` (${title})`,
    saving: 'Saving…',
    saved: (title: string, days: number | null) => (days === null ? `${title} is no longer asked.` : `${title} is now asked ${weeks(days)}.`),
    caseloadColumn: 'Questionnaires',
    caseloadNone: 'None yet',
    caseloadChange: (title: string, first: string, latest: string, how: string) => `${title}: ${first} → ${latest} (${how})`,
    directions: { better: 'better', worse: 'worse', same: 'the same' },
    how: (direction: string | null, mark: string) => (direction ? `${direction}, ${mark}` : mark),
    caseloadOnce: (title: string, latest: string) => `${title}: ${latest} (once)`,
  },
};

/** The choices of "how often", in days: never, then weekly to half-yearly. */
export const EVERY_DAYS_CHOICES = [7, 14, 28, 42, 56, 84, 182] as const;
