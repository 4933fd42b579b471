/** Lesson: flare-ups, what to do in the first days, and the person's own flare plan. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the flare-ups lesson. */
export const flareUps: LessonContent = {
  title: 'Flare-ups and what to do',
  summary: 'A flare is hard, but flares usually settle. A plan made on a calm day can make it easier.',
  sections: [
    {
      heading: 'What a flare is',
      blocks: [
        'A flare-up is a time when your pain is much worse than usual. It can come after doing too much, a bad night, stress, an illness or a change in weather. Sometimes there is no clear reason at all.',
        'Flares are common with long-lasting pain, and they pass. A flare can feel scary, but it is usually not a sign of new damage.',
      ],
    },
    {
      heading: 'The first days',
      blocks: [
        'In the first two or three days, it can help to:',
        {
          list: [
            'Cut your activity down, but try not to stop moving',
            'Do about half of your usual quotas, with gentle moves and short walks',
            'Rest in short breaks, not in bed all day',
            'Use what has helped before, such as heat, cold or slow breathing',
            'Be kind to yourself, and say no to extra jobs for now',
          ],
        },
        'When you mark a flare in your check-in, Pacewise makes your plan gentler for two or three days. Then it builds you back up, one step at a time, to where you were.',
      ],
    },
    {
      heading: 'Your own flare plan',
      blocks: [
        'A flare is a hard time to think clearly. That is why it helps to write a plan on a calm day. In Pacewise you can write your own flare plan. It asks:',
        {
          list: [
            'What helps me',
            'What I do on days one to three',
            'What I stop doing for a while',
            'Who I tell, and what I ask of them',
            'When I call a doctor',
          ],
        },
        'Your plan is shown with one tap when you mark a flare. You can open it at any time from the link at the end of this lesson, and you can print it.',
      ],
    },
    {
      heading: 'Learn from each flare',
      blocks: [
        'After a flare, look back without blame. Was there a boom day before it? A poor night? Your check-ins and insights may show a pattern over time.',
      ],
    },
    {
      heading: 'When it is not just a flare',
      blocks: [
        'Get emergency care now if you have new trouble with your bladder or bowel, numbness around your genitals or inner thighs, or new weakness in both legs.',
        'See a doctor soon if the pain is new or different, or comes with new weakness or numbness, or a fever. If a flare lasts much longer than usual, talk to your clinician. This app does not replace them.',
      ],
    },
  ],
  sources: [
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Chronic pain (primary and secondary) in over 16s: assessment of all chronic pain and management of chronic primary pain (NG193)',
      year: 2021,
      url: 'https://www.nice.org.uk/guidance/ng193',
    },
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
      year: 2016,
      url: 'https://www.nice.org.uk/guidance/ng59',
    },
    {
      author: 'Nielson WR, Jensen MP, Karsdorp PA, Vlaeyen JWS',
      title: 'Activity pacing in chronic pain: concepts, evidence, and future directions. The Clinical Journal of Pain 29(5):461-468',
      year: 2013,
    },
  ],
};
