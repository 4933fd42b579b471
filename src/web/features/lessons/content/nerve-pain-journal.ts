/** Lesson: nerve pain, and keeping a journal of it with the check-in's "what it feels like". */
import type { LessonContent } from '../lesson-content.js';

/** The words of the nerve pain lesson. */
export const nervePainJournal: LessonContent = {
  title: 'Nerve pain and keeping a journal',
  summary: 'What nerve pain can feel like, and how noting it helps you and your clinician.',
  sections: [
    {
      heading: 'What nerve pain is',
      blocks: [
        'Nerve pain comes from the nerves themselves, not from muscles or joints. It can happen when a nerve is pressed, irritated or damaged. Examples include sciatica, pain after shingles, and nerve pain with diabetes.',
        'Nerve pain often feels different from an ache. People describe it as:',
        {
          list: [
            'Burning',
            'Tingling, or pins and needles',
            'Shooting or electric shocks',
            'Numbness',
            'Pain from a light touch, like clothes or bed sheets',
          ],
        },
        'Doctors use words like these to tell nerve pain apart from other pain. That is why your check-in asks about them.',
      ],
    },
    {
      heading: 'Keeping a journal of it',
      blocks: [
        'In your check-in, tap "Add detail", then "What it feels like". Choose the words that fit today. It takes a few seconds.',
        'Over time, your insights can show how often you have nerve-type feelings, and whether that is changing. You can also note where it is, what set it off, and what helped.',
        'Try to note:',
        {
          list: [
            'Where you feel it, and if it spreads into an arm or a leg',
            'The words that fit best',
            'What you were doing before it started',
            'What helped, such as gentle movement, and how much',
            'Any medication you took, in your own words',
          ],
        },
      ],
    },
    {
      heading: 'Why it matters',
      blocks: [
        'Nerve pain is often treated in a different way from other pain. A clear record helps your clinician understand what is going on. Pacewise never gives advice on medicine. Always talk about medicine with your doctor or pharmacist.',
        'Nerve pain can also come and go, or change from day to day. A journal shows the pattern over weeks, which is hard to remember in a short visit.',
        'Take care with heat and cold if you have nerve pain. Your skin may not feel temperature well, so check it often.',
      ],
    },
    {
      heading: 'When to get help soon',
      blocks: [
        'Tell a doctor soon if numbness or weakness is new or spreading, if you keep dropping things, or if your walking becomes unsteady. Get emergency care for numbness around the genitals or inner thighs, weakness in both legs, or new bladder or bowel trouble.',
        'This app helps you keep track. It does not replace your clinician.',
      ],
    },
  ],
  sources: [
    {
      author: 'Bouhassira D, Attal N, Alchaar H, et al.',
      title: 'Comparison of pain syndromes associated with nervous or somatic lesions and development of a new neuropathic pain diagnostic questionnaire (DN4). Pain 114(1-2):29-36',
      year: 2005,
    },
    {
      author: 'Finnerup NB, Haroutounian S, Kamerman P, et al.',
      title: 'Neuropathic pain: an updated grading system for research and clinical practice. Pain 157(8):1599-1606',
      year: 2016,
    },
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Neuropathic pain in adults: pharmacological management in non-specialist settings (CG173)',
      year: 2013,
      url: 'https://www.nice.org.uk/guidance/cg173',
    },
  ],
};
