/** Lesson: heat and cold, when each tends to help and how to use them safely. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the heat and cold lesson. */
export const heatAndCold: LessonContent = {
  title: 'Heat and cold',
  summary: 'When heat or cold may help, how long to use them, and how to keep your skin safe.',
  sections: [
    {
      heading: 'Simple tools you can use at home',
      blocks: [
        'Heat and cold are cheap, simple and under your control. They do not fix the cause of pain, but they can ease it for a while. That can make it easier to move.',
      ],
    },
    {
      heading: 'When heat tends to help',
      blocks: [
        'Heat relaxes tight muscles and can ease stiffness. It often suits long-lasting aches, stiff joints and muscle spasm. A review of studies found that heat wraps eased new low back pain a little in the short term.',
        'You could use a heat pack, a hot-water bottle, a warm bath or a warm shower.',
      ],
    },
    {
      heading: 'When cold tends to help',
      blocks: [
        'Cold can calm swelling and numb pain. It often suits a new strain or bump, a joint that is hot or swollen, or a flare after doing too much. Use a cold pack, or frozen peas wrapped in a towel.',
        'Some people like one more than the other. It is fine to try both and use what helps you.',
      ],
    },
    {
      heading: 'How to use them safely',
      blocks: [
        {
          list: [
            'Use heat or cold for 15 to 20 minutes at a time',
            'Always put a cloth or towel between your skin and the pack',
            'Check your skin every few minutes for redness, blisters or white patches',
            'Never use them on numb skin, where you cannot feel hot or cold well',
            'Never sleep with a heat pack or hot-water bottle on you',
            'Do not use heat or cold on broken skin, and do not use heat on a new swelling',
          ],
        },
      ],
    },
    {
      heading: 'Take extra care',
      blocks: [
        'Some people need to be more careful, and should ask their clinician first:',
        {
          list: [
            'Nerve pain, where your skin may not sense heat or cold well, or may react strongly',
            'CRPS, where cold can make pain worse and skin can be very sensitive',
            'Poor circulation, diabetes, or problems with feeling in your hands or feet',
          ],
        },
      ],
    },
    {
      heading: 'Track what helps',
      blocks: [
        'In your check-in, you can note heat or cold under "What helped", and how much it helped. An hour or two later the app asks again. Over time you will see what really works for you.',
        'If pain is new, severe, or comes with fever or swelling that spreads, see a doctor rather than treating it at home. Pacewise does not replace your clinician.',
      ],
    },
  ],
  sources: [
    {
      author: 'French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ',
      title: 'Superficial heat or cold for low back pain. Cochrane Database of Systematic Reviews CD004750',
      year: 2006,
      url: 'https://doi.org/10.1002/14651858.CD004750.pub2',
    },
    {
      author: 'Malanga GA, Yan N, Stark J',
      title: 'Mechanisms and efficacy of heat and cold therapies for musculoskeletal injury. Postgraduate Medicine 127(1):57-65',
      year: 2015,
    },
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
      year: 2016,
      url: 'https://www.nice.org.uk/guidance/ng59',
    },
  ],
};
