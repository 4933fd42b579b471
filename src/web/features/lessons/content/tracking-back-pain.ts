/** Lesson: tracking back pain with the check-in's detail (regions, spreads to, triggers, relief). */
import type { LessonContent } from '../lesson-content.js';

/** The words of the tracking back pain lesson. */
export const trackingBackPain: LessonContent = {
  title: 'Tracking your back pain',
  summary: 'A few taps a day can show you and your clinician what makes your back better or worse.',
  sections: [
    {
      heading: 'Why keep track',
      blocks: [
        'Memory is not a good guide to pain. On a bad day, it can feel as if every day has been bad. A short daily note shows what really happened, and how things change over weeks.',
        'Patterns are easier to see on paper, or on a screen. They can help you plan your day, and help your clinician help you.',
      ],
    },
    {
      heading: 'What to note',
      blocks: [
        'Your check-in is one tap. When you have a moment, "Add detail" lets you note more. Each part is optional.',
        {
          list: [
            'Where it hurts: tap the regions on the body picture, like lower back or neck, and rate each one from 0 to 10',
            'Spreads to: if back pain travels into a leg, or neck pain into an arm, note it',
            'What it feels like: aching, stabbing, burning, tingling and more',
            'What set it off: sitting, standing, bending or lifting, a long drive, poor sleep, stress, and others',
            'What helped, and how much: heat, cold, gentle movement, rest, breathing, or medication',
          ],
        },
        'An hour or two later, the app may ask again how much something helped. Relief often changes with time.',
      ],
    },
    {
      heading: 'Reading your patterns',
      blocks: [
        'After at least two weeks of check-ins, your insights may show patterns. For example, which triggers often come before a rise, or what helped the most. A change of 2 points, or about 30 percent, is the kind of change that people tend to notice.',
        'A pattern is a clue, not proof. Insights say "linked with", not "caused by". Talk any pattern through with your clinician.',
      ],
    },
    {
      heading: 'Signs to act on',
      blocks: [
        'Pain that spreads into a leg is common with back pain and is often not serious. But some signs need help straight away. Get emergency care if you notice:',
        {
          list: [
            'New trouble passing urine, or not being able to control your bladder or bowel',
            'Numbness around your genitals, back passage or inner thighs',
            'New weakness, numbness or pins and needles in both legs',
          ],
        },
        'See a doctor soon if a leg or foot gets weaker, or if you have a fever with back pain. Pacewise keeps your record, but it does not replace your doctor.',
      ],
    },
  ],
  sources: [
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
      year: 2016,
      url: 'https://www.nice.org.uk/guidance/ng59',
    },
    {
      author: 'Farrar JT, Young JP, LaMoreaux L, Werth JL, Poole RM',
      title: 'Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain 94(2):149-158',
      year: 2001,
    },
    {
      author: 'Ostelo RW, Deyo RA, Stratford P, et al.',
      title: 'Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 33(1):90-94',
      year: 2008,
    },
  ],
};
