/** Lesson: working with a physical therapist, and getting the most from it. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the lesson on working with a therapist. */
export const workingWithATherapist: LessonContent = {
  title: 'Working with a physical therapist',
  summary: 'What a physical therapist can do for you, and how to get the most from each visit.',
  sections: [
    {
      heading: 'What a physical therapist does',
      blocks: [
        'A physical therapist (also called a physiotherapist) is trained to help people move better and manage pain. They look at how you move, what you find hard, and what you want to get back to.',
        'Together you make a plan. It is often built around exercise you do at home, plus advice on pacing, sleep and daily tasks. Guidelines for back pain and long-lasting pain suggest exercise plans like this, shaped to the person.',
      ],
    },
    {
      heading: 'Before a visit',
      blocks: [
        'It helps to think about a few things before you go:',
        {
          list: [
            'What matters most to you, like walking the dog or lifting a grandchild',
            'What makes your pain better, and what makes it worse',
            'Questions you want to ask',
            'Any new or changed symptoms',
          ],
        },
        'Your Pacewise check-ins, insights and report can help you remember. You can share them with your clinician if you want to.',
      ],
    },
    {
      heading: 'During a visit',
      blocks: [
        'Be honest about what you do and do not do. A therapist will not judge you. If an exercise hurts a lot, or you do not see the point of it, say so. There is often another way.',
        'Ask them to show you each exercise, then try it while they watch. Ask how much to do, how often, and what pain is okay while you do it.',
      ],
    },
    {
      heading: 'Between visits',
      blocks: [
        'Most of the work happens at home, little and often. Your therapist can add exercises to your Pacewise plan, and see how your sessions go if you share your record with them.',
        'Write down what you notice. Note which exercises feel good, which are hard, and how your pain is the next day. This helps your therapist adjust your plan.',
      ],
    },
    {
      heading: 'A team that includes you',
      blocks: [
        'You are the one who knows your body and your life best. Your therapist brings skills and a plan. Working together tends to work better than doing it alone.',
        'Pacewise supports this work. It does not replace your therapist, your doctor or their advice.',
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
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Chronic pain (primary and secondary) in over 16s: assessment of all chronic pain and management of chronic primary pain (NG193)',
      year: 2021,
      url: 'https://www.nice.org.uk/guidance/ng193',
    },
    {
      author: 'Hayden JA, Ellis J, Ogilvie R, Malmivaara A, van Tulder MW',
      title: 'Exercise therapy for chronic low back pain. Cochrane Database of Systematic Reviews CD009790',
      year: 2021,
      url: 'https://doi.org/10.1002/14651858.CD009790.pub2',
    },
  ],
};
