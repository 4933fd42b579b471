/** Lesson: pacing, and the boom-bust cycle it breaks. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the pacing lesson. */
export const pacingBoomBust: LessonContent = {
  title: 'Pacing and the boom-bust cycle',
  summary: 'How doing a steady amount, on good days and bad, can give you more good days.',
  sections: [
    {
      heading: 'The boom-bust cycle',
      blocks: [
        'On a good day, it is tempting to catch up on everything. You clean the house, dig the garden or walk much further than usual. That is the "boom".',
        'The next day, or the one after, pain and tiredness hit hard. You need to rest for days. That is the "bust". Then you feel weaker, and the next good day starts from a lower place.',
        'Many people with long-lasting pain know this cycle well. It is not a failing. It is what happens when pain decides how much we do.',
      ],
    },
    {
      heading: 'What pacing means',
      blocks: [
        'Pacing means choosing how much to do ahead of time, and then keeping to it. You stop when you reach your amount, not when pain forces you to stop.',
        'Your amount is called a quota. It could be minutes of walking, a number of stretches, or time spent on a task.',
        {
          list: [
            'Find your starting point: what you can do on an ordinary day, not your best day',
            'Start a bit below it, so it feels easy',
            'Do your quota on good days and on bad days',
            'On a bad day, do a smaller amount rather than nothing',
            'Grow the amount slowly, about a tenth a week at most',
          ],
        },
      ],
    },
    {
      heading: 'How Pacewise helps you pace',
      blocks: [
        'Pacewise sets your quotas from your first few efforts. It starts you a little below that, at about 80 percent. It only adds more after a week of calm sessions, and never more than a tenth in a week.',
        'If a day goes far over your quota and a flare follows, the app will point this out kindly. It is a pattern to notice, not a mistake.',
      ],
    },
    {
      heading: 'Tips that can help',
      blocks: [
        {
          list: [
            'Break big jobs into small parts with rests between',
            'Switch between tasks, like sitting, then standing, then walking',
            'Use a timer so you do not lose track',
            'Plan what matters most, and let some things wait',
            'Tell the people around you why you stop while you still feel fine',
          ],
        },
        'Pacing can feel slow at first. Over weeks, it may give you steadier days and fewer busts. If you are unsure how to set your amounts, ask your physical therapist or clinician.',
      ],
    },
  ],
  sources: [
    {
      author: 'Nielson WR, Jensen MP, Karsdorp PA, Vlaeyen JWS',
      title: 'Activity pacing in chronic pain: concepts, evidence, and future directions. The Clinical Journal of Pain 29(5):461-468',
      year: 2013,
    },
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Chronic pain (primary and secondary) in over 16s: assessment of all chronic pain and management of chronic primary pain (NG193)',
      year: 2021,
      url: 'https://www.nice.org.uk/guidance/ng193',
    },
  ],
};
