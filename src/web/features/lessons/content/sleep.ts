/** Lesson: sleep and pain, and small habits that may help. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the sleep lesson. */
export const sleep: LessonContent = {
  title: 'Sleep and pain',
  summary: 'Pain and poor sleep feed each other. Small habits can help you rest better.',
  sections: [
    {
      heading: 'A two-way street',
      blocks: [
        'Pain can make it hard to fall asleep or stay asleep. And a bad night can make pain feel worse the next day. Research suggests that poor sleep may raise pain even more than pain harms sleep.',
        'That means better sleep is worth working on. It is one of the things you can change.',
        'Sleep problems often build up slowly, so they also tend to get better slowly. Pick one or two habits to try for a couple of weeks before you judge them.',
      ],
    },
    {
      heading: 'Habits that may help',
      blocks: [
        {
          list: [
            'Get up at about the same time each day, even after a poor night',
            'Get some daylight in the morning, outside if you can',
            'Move during the day, at your own pace',
            'Cut down on caffeine after midday, and on alcohol in the evening',
            'Keep the bedroom dark, quiet and cool',
            'Have a wind-down hour: dim lights, no work, fewer screens',
            'Keep naps short, and not late in the day',
          ],
        },
      ],
    },
    {
      heading: 'When you cannot sleep',
      blocks: [
        'Lying awake and worried can make it harder. If you have been awake for a long time, get up. Go to another room and do something calm in dim light. Go back to bed when you feel sleepy.',
        'Slow breathing or a body scan can help your body settle. You can try the breathing in your Pacewise plan.',
        'Try not to watch the clock. Turn it away from you.',
      ],
    },
    {
      heading: 'Comfort in bed',
      blocks: [
        'A pillow between your knees when you lie on your side, or under your knees when you lie on your back, may ease back pain. A short stretch before bed may help you relax.',
      ],
    },
    {
      heading: 'Keep track, and ask for help',
      blocks: [
        'Your check-in asks how you slept. Over time, your insights may show a link between sleep and pain for you.',
        'If poor sleep lasts for weeks, talk to your clinician. A talking therapy for sleep problems, called CBT for insomnia, can help many people. Also tell them if you snore loudly or stop breathing in your sleep. Pacewise does not replace your doctor.',
      ],
    },
  ],
  sources: [
    {
      author: 'Finan PH, Goodin BR, Smith MT',
      title: 'The association of sleep and pain: an update and a path forward. The Journal of Pain 14(12):1539-1552',
      year: 2013,
    },
    {
      author: 'Qaseem A, Kansagara D, Forciea MA, Cooke M, Denberg TD',
      title: 'Management of chronic insomnia disorder in adults: a clinical practice guideline from the American College of Physicians. Annals of Internal Medicine 165(2):125-133',
      year: 2016,
    },
  ],
};
