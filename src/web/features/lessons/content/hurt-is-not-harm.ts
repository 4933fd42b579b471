/** Lesson: pain is real and it can change; hurt is not the same as harm. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the "hurt is not harm" lesson. */
export const hurtIsNotHarm: LessonContent = {
  title: 'Pain is real, and it can change',
  summary: 'Why pain that lasts is not always a sign of damage, and why that is hopeful.',
  sections: [
    {
      heading: 'Your pain is real',
      blocks: [
        'Pain is always real. It is not "in your head" in the sense of being made up. Every pain you feel is made by your body and your brain working together, and it matters.',
        'Pain has a job. When you step on something sharp, pain makes you lift your foot. It is a warning system, and it is very good at keeping you safe.',
      ],
    },
    {
      heading: 'When the alarm stays on',
      blocks: [
        'When pain lasts for months, the warning system can become more sensitive. It is a bit like a smoke alarm that goes off when you make toast. The alarm is loud, but there is no fire.',
        'Nerves and the brain can learn to send danger messages more easily. Then small movements, cold, stress or poor sleep can turn the volume up. This does not mean new damage is being done.',
        'Experts who study pain now describe it as something we feel, shaped by our body, our thoughts, our past and what is going on around us. That is why two people with the same scan can feel very different pain.',
      ],
    },
    {
      heading: 'Hurt is not the same as harm',
      blocks: [
        'With long-lasting pain, a movement can hurt without causing harm. A little more pain after a walk or a stretch is often a sign of a sensitive system, not of injury.',
        'This does not mean you should push through anything. Go gently, build up slowly, and stop and get help for the warning signs your clinician or this app tells you about.',
      ],
    },
    {
      heading: 'Why this is good news',
      blocks: [
        'A system that has learned can also learn again. Over time, many people find their pain settles as they move a little more, sleep better and feel less worried.',
        'Some things that may help turn the volume down:',
        {
          list: [
            'Gentle movement, built up a little at a time',
            'Understanding your pain, as you are doing now',
            'Good sleep and calm breathing',
            'Doing things you enjoy, with people you like',
          ],
        },
        'Research suggests that learning how pain works can ease pain and worry for some people. Change is often slow, with ups and downs.',
      ],
    },
    {
      heading: 'Talk it through',
      blocks: [
        'If your pain changes, spreads, or comes with new signs, talk to your clinician. Pacewise helps you learn and keep track. It does not replace your doctor or therapist.',
      ],
    },
  ],
  sources: [
    {
      author: 'Raja SN, Carr DB, Cohen M, et al.',
      title: 'The revised International Association for the Study of Pain definition of pain: concepts, challenges, and compromises. Pain 161(9):1976-1982',
      year: 2020,
      url: 'https://doi.org/10.1097/j.pain.0000000000001939',
    },
    {
      author: 'Moseley GL, Butler DS',
      title: 'Fifteen years of explaining pain: the past, present, and future. The Journal of Pain 16(9):807-813',
      year: 2015,
    },
    {
      author: 'Louw A, Zimney K, Puentedura EJ, Diener I',
      title: 'The efficacy of pain neuroscience education on musculoskeletal pain: a systematic review of the literature. Physiotherapy Theory and Practice 32(5):332-355',
      year: 2016,
    },
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Chronic pain (primary and secondary) in over 16s: assessment of all chronic pain and management of chronic primary pain (NG193)',
      year: 2021,
      url: 'https://www.nice.org.uk/guidance/ng193',
    },
  ],
};
