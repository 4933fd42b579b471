/** Lesson: stress, pain and slow breathing. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the stress and breathing lesson. */
export const stressAndBreathing: LessonContent = {
  title: 'Stress and breathing',
  summary: 'Stress can turn pain up. Slow breathing is a simple way to help your body settle.',
  sections: [
    {
      heading: 'Stress and pain are linked',
      blocks: [
        'When we are stressed, the body gets ready for danger. Muscles tense, the heart beats faster and breathing gets quick and shallow. This is useful for a short time.',
        'When stress goes on and on, the body stays on alert. Tense muscles can ache. The nervous system can become more sensitive, and pain can feel louder. Pain itself is stressful too, so the two can feed each other.',
      ],
    },
    {
      heading: 'Slow breathing',
      blocks: [
        'Breathing is one thing you can change on purpose, right now. Slow breathing can tell your body it is safe to calm down. Try this:',
        {
          list: [
            'Sit or lie down in a comfortable way',
            'Put one hand on your belly',
            'Breathe in gently through your nose for a count of four',
            'Let your belly rise, not your shoulders',
            'Breathe out slowly for a count of six',
            'Keep going for three to five minutes',
          ],
        },
        'You can use slow breathing at any time: before a session, in a traffic jam, or when pain flares. Even a few slow breaths can help you pause before you react.',
        'If you feel dizzy, go back to normal breathing. It gets easier with practice. Your Pacewise plan has a guided breathing exercise you can follow.',
      ],
    },
    {
      heading: 'Other ways to unwind',
      blocks: [
        'Some people find that these help. Pick one that suits you, and give it a fair try.',
        {
          list: [
            'Relaxing your muscles one group at a time',
            'Mindfulness: noticing the moment without judging it',
            'Gentle yoga or tai chi',
            'Time outside, music, or a chat with a friend',
          ],
        },
        'Reviews of studies found that mindfulness may ease pain a little and help mood for some people. Results vary, so see what works for you.',
      ],
    },
    {
      heading: 'Notice your stress',
      blocks: [
        'Your check-in asks about stress. Over time, your insights may show if stress and pain rise together for you. That is a hint to talk about with your clinician.',
        'If stress, worry or low mood feel too much, please reach out to your doctor. Talking therapies can help. This app does not replace them.',
        'If you have thoughts of harming yourself, you do not have to wait. Call {emergencyNumber} now, or tell someone near you.',
      ],
    },
  ],
  sources: [
    {
      author: 'Hilton L, Hempel S, Ewing BA, et al.',
      title: 'Mindfulness meditation for chronic pain: systematic review and meta-analysis. Annals of Behavioral Medicine 51(2):199-213',
      year: 2017,
    },
    {
      author: 'Qaseem A, Wilt TJ, McLean RM, Forciea MA',
      title: 'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Annals of Internal Medicine 166(7):514-530',
      year: 2017,
    },
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Chronic pain (primary and secondary) in over 16s: assessment of all chronic pain and management of chronic primary pain (NG193)',
      year: 2021,
      url: 'https://www.nice.org.uk/guidance/ng193',
    },
  ],
};
