/** Words of the questionnaire form, its result, the due card and the outcomes history. */
type Mark = 'meaningful' | 'possibly_meaningful' | 'not_meaningful';

const points = (n: string) => `${n} ${n === '1' ? 'point' : 'points'}`;
const signed = (change: string) => (change.startsWith('-') ? `down ${points(change.slice(1))}` : `up ${points(change)}`);

export const questionnaireMessages = {
  en: {
    missingText: 'This question’s words are missing. You can skip it.',
    page: { title: 'A short questionnaire', noneDue: 'There is no questionnaire for you today. Thank you for checking.', home: 'Back to home' },
    due: {
      heading: 'A short questionnaire',
      body: (minutes: number) => `A few questions about how you are doing: about ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.`,
      byClinician: (name: string) => `${name} asked for this one.`,
      open: 'Answer the questions',
    },
    form: {
      step: (n: number, of: number) => `Question ${n} of ${of}`,
      back: 'Back',
      next: 'Next',
      skip: 'Skip this question',
      review: 'Check your answers',
      required: 'Please choose an answer to go on.',
      keysHint: 'You can use the arrow keys, or press a number key to choose.',
      clear: 'Clear this answer',
    },
    review: {
      heading: 'Check your answers',
      intro: 'Here is what you chose. You can change any answer before sending.',
      skipped: 'Skipped',
      change: 'Change',
      changeContext: (question: string) => ` (${question})`,
      send: 'Send my answers',
      sending: 'Sending…',
    },
    result: {
      heading: 'Thank you — your answers are saved',
      psfs: (mean: string) => `Your activities average ${mean} out of 10.`,
      pgic: (words: string) => `You said things are ${words.toLowerCase()} since you started.`,
      rating: (value: string) => `Your score: ${value} out of 10.`,
      tscore: (t: string, se: string | null) => (se === null ? `T-score ${t}` : `T-score ${t} (± ${se})`),
      tscoreAbout: {
        more_interference: 'T-scores compare you with many people: 50 is the US average, and a higher score means pain gets in the way more.',
        better_function: 'T-scores compare you with many people: 50 is the US average, and a higher score means you can do more.',
      },
      partial: 'You skipped a question, so this score is a little less certain.',
      points: (value: string) => `Your score: ${value}.`,
      none: 'Your answers are kept with your history. This questionnaire has no score here.',
      home: 'Back to home',
      history: 'See how your answers change',
    },
    change: {
      first: 'This is your first time, so there is nothing to compare yet.',
      since: (change: string, direction: 'better' | 'worse' | 'same') =>
        direction === 'same' ? 'About the same as your first time.' : `Since your first time: ${signed(change)}, ${direction}.`,
      sinceShort: (change: string, direction: 'better' | 'worse' | 'same') =>
        direction === 'same' ? 'About the same.' : `${signed(change).replace(/^./, (c) => c.toUpperCase())}, ${direction}.`,
      firstShort: 'First time.',
      marks: {
        meaningful: 'A meaningful change.',
        possibly_meaningful: 'Possibly a meaningful change.',
        not_meaningful: 'Not a meaningful change.',
      } satisfies Record<Mark, string>,
      shortMarks: { meaningful: 'meaningful', possibly_meaningful: 'possibly meaningful', not_meaningful: 'not meaningful' } satisfies Record<Mark, string>,
      rating: {
        meaningful: 'A meaningful change, in your own words.',
        possibly_meaningful: 'Possibly a meaningful change, in your own words.',
        not_meaningful: 'Not a meaningful change.',
      } satisfies Record<Mark, string>,
      unmarked: '',
    },
    history: {
      title: 'Your questionnaires',
      intro: 'Your answers over time. A change is marked meaningful when it is large enough to matter in daily life for most people.',
      none: 'When you answer a questionnaire, your scores will appear here.',
      link: 'Your questionnaires over time',
      meaningfulAt: (points: string) => `A change of ${points} points or more is meaningful.`,
      tableCaption: (title: string) => `${title}: each time you answered`,
      columns: { date: 'Date', score: 'Score', mark: 'Since the first time' },
      activitiesHeading: 'Each activity',
      activityCaption: (label: string) => `Your ratings for: ${label}`,
      activityColumns: { date: 'Date', rating: 'Rating out of 10' },
      chartNote: 'The chart shows the same scores as the table.',
      pgicValue: (words: string) => words,
    },
  },
};
