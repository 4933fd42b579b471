/** Words of the visit report download. */
export const reportMessages = {
  en: {
    heading: 'Visit report',
    clinicianIntro:
      'One page to print or keep: pain with flare days, sessions, what pacing changed and why, stop signs, outcomes, patterns and what they wanted to raise.',
    clinicianDefault: 'Leave the days empty for the time since your last review, or the last 4 weeks.',
    personIntro: 'One page about your days to take to a visit, with your clinician or another doctor.',
    personDefault: 'Leave the days empty for the time since your clinician last looked over your record, or the last 4 weeks.',
    fromLabel: 'First day (optional)',
    toLabel: 'Last day (optional)',
    download: 'Download the visit report (PDF)',
    downloading: 'Making the report…',
    done: 'The report is downloading. It is a PDF file of one page.',
    reversed: 'The last day comes before the first day.',
    tooLong: 'Choose at most a year.',
    dayRequired: 'Use a real day, or leave it empty.',
    settings: {
      heading: 'Visit report',
      intro: 'The practice’s name at the top of each visit report, and the paper it is printed on.',
      nameLabel: 'Practice name (optional)',
      nameHint: 'Leave it empty to print no name.',
      localeLabel: 'Where the practice is',
      locales: {
        'en-GB': 'United Kingdom and most countries: A4 paper',
        'en-US': 'United States: US Letter paper',
        'en-CA': 'Canada: US Letter paper',
      },
      other: (locale: string, paper: string) => `${locale}: ${paper === 'letter' ? 'US Letter' : 'A4'} paper`,
      save: 'Save the report settings',
      saving: 'Saving…',
      saved: 'Saved. The next visit report uses these settings.',
    },
  },
} as const;
