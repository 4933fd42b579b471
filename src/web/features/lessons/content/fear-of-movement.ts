/** Lesson: fear of movement, and how to take small steps back towards what matters. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the fear-of-movement lesson. */
export const fearOfMovement: LessonContent = {
  title: 'When moving feels scary',
  summary: 'Fear of pain is natural. Small, planned steps can help you get back to what matters.',
  sections: [
    {
      heading: 'Fear makes sense',
      blocks: [
        'If a movement has hurt before, it is natural to fear it. You may worry that bending or lifting will make things worse, or that something will "go". This fear comes from wanting to protect yourself.',
      ],
    },
    {
      heading: 'How fear can keep pain going',
      blocks: [
        'Researchers describe a cycle. Pain leads to worry. Worry leads to avoiding movement. Avoiding movement leads to weaker muscles, stiffness and low mood. Those can make pain worse, and the worry grows.',
        'The other path starts the same way, with pain. But the person faces it bit by bit. They keep moving in small ways, and over time they recover more of their life.',
        'Studies suggest that fear of movement is linked with more disability, sometimes more than the pain itself. The good news is that fear can change.',
      ],
    },
    {
      heading: 'Small steps, on purpose',
      blocks: [
        'Facing fear works best in small, planned steps. This is sometimes called graded exposure. You choose a movement you avoid, and try a small, safe version of it.',
        {
          list: [
            'Write down the moves or tasks you avoid',
            'Put them in order, from a little scary to very scary',
            'Start with the easiest, in a small dose',
            'Notice what really happens, not what you feared',
            'Repeat it until it feels easier, then take the next step',
          ],
        },
        'Your Pacewise plan works in the same way. It starts with small amounts and grows slowly, so each step is only a little bigger than the last.',
        'A little pain while you do this is common. It does not mean you are harming yourself. Expect some ups and downs.',
      ],
    },
    {
      heading: 'Helpful thoughts',
      blocks: [
        'When fear shows up, try a calmer thought. "This hurts, but my body is strong." "I can try a small amount and see." "Pain is a signal to notice, not always a stop sign."',
      ],
    },
    {
      heading: 'You do not have to do this alone',
      blocks: [
        'A physical therapist or psychologist can guide you through graded steps. If fear or low mood is stopping you from living your life, please tell your clinician. Pacewise can support you, but it does not replace your care team.',
      ],
    },
  ],
  sources: [
    {
      author: 'Vlaeyen JWS, Linton SJ',
      title: 'Fear-avoidance and its consequences in chronic musculoskeletal pain: a state of the art. Pain 85(3):317-332',
      year: 2000,
    },
    {
      author: 'Vlaeyen JWS, Linton SJ',
      title: 'Fear-avoidance model of chronic musculoskeletal pain: 12 years on. Pain 153(6):1144-1147',
      year: 2012,
    },
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
      year: 2016,
      url: 'https://www.nice.org.uk/guidance/ng59',
    },
  ],
};
