/** Lesson: why gentle, regular movement tends to help long-lasting pain. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the "why movement helps" lesson. */
export const whyMovementHelps: LessonContent = {
  title: 'Why movement helps',
  summary: 'How gentle, regular movement can ease pain and help you do more.',
  sections: [
    {
      heading: 'Rest feels right, but only for a while',
      blocks: [
        'When something hurts, it makes sense to rest. For a new injury, a short rest can help. But with pain that lasts, long rest often makes things harder.',
        'Muscles get weaker when we do not use them. Joints get stiff. Stamina drops. Then everyday tasks take more effort, and that effort can hurt more.',
      ],
    },
    {
      heading: 'What movement can do',
      blocks: [
        'Guidelines for back pain and for long-lasting pain suggest exercise as one of the first things to try. Large reviews of many studies found that exercise can ease pain a little and help people do more.',
        'Movement may help in several ways:',
        {
          list: [
            'Stronger muscles support your joints and spine',
            'Moving keeps joints supple and less stiff',
            'Your body can release its own pain-easing chemicals',
            'A calmer, less sensitive nervous system over time',
            'Better sleep, mood and energy',
          ],
        },
      ],
    },
    {
      heading: 'Any kind can count',
      blocks: [
        'No one type of exercise is best for everyone. Walking, stretching, strength work, yoga, tai chi or water exercise can all help. The best one is the one you can keep doing.',
        'Health guides say some activity is better than none. You do not need a gym. A few minutes of easy walking counts.',
        'It also helps to pick something you enjoy, at a time of day that suits you. Moving with a friend, or to music, can make it easier to keep going.',
      ],
    },
    {
      heading: 'Start small, grow slowly',
      blocks: [
        'Your plan in Pacewise starts below what you can do on a good day. It grows a little each week when your sessions go calmly. That slow growth gives your body time to adapt.',
        'It is normal for pain to rise a little during or after exercise. If it settles within a day, that is usually fine. If it stays high, do a bit less next time and tell your clinician.',
      ],
    },
    {
      heading: 'Check with your care team',
      blocks: [
        'If you have a heart condition, or a doctor has told you to exercise only with supervision, ask your clinician before you start. This app guides and tracks. It does not replace your care team.',
      ],
    },
  ],
  sources: [
    {
      author: 'Hayden JA, Ellis J, Ogilvie R, Malmivaara A, van Tulder MW',
      title: 'Exercise therapy for chronic low back pain. Cochrane Database of Systematic Reviews CD009790',
      year: 2021,
      url: 'https://doi.org/10.1002/14651858.CD009790.pub2',
    },
    {
      author: 'Geneen LJ, Moore RA, Clarke C, Martin D, Colvin LA, Smith BH',
      title: 'Physical activity and exercise for chronic pain in adults: an overview of Cochrane Reviews. Cochrane Database of Systematic Reviews CD011279',
      year: 2017,
      url: 'https://doi.org/10.1002/14651858.CD011279.pub3',
    },
    {
      author: 'Bull FC, Al-Ansari SS, Biddle S, et al.',
      title: 'World Health Organization 2020 guidelines on physical activity and sedentary behaviour. British Journal of Sports Medicine 54:1451-1462',
      year: 2020,
    },
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
      year: 2016,
      url: 'https://www.nice.org.uk/guidance/ng59',
    },
  ],
};
