/** Lesson: CRPS, gentle graded movement, its stop signs and the care team. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the CRPS lesson. */
export const crps: LessonContent = {
  title: 'Living with CRPS',
  summary: 'Gentle, graded movement, the signs to stop, and why a care team matters.',
  sections: [
    {
      heading: 'What CRPS is',
      blocks: [
        'CRPS stands for complex regional pain syndrome. It usually affects an arm or a leg, often after an injury, a break or surgery. The pain is much stronger, and lasts much longer, than the injury would explain.',
        'The limb may burn or ache, and be very sensitive to touch. It can change colour, swell, sweat, or feel hotter or colder than the other side. Skin, hair and nails can change too.',
        'The cause is not fully known. It seems to involve the nerves, the immune system and the brain. CRPS is real, and it is not your fault.',
      ],
    },
    {
      heading: 'Moving gently helps',
      blocks: [
        'It is natural to guard a limb that hurts this much. But keeping it still for a long time tends to make CRPS worse. UK guidelines advise gentle, active use of the limb, built up slowly.',
        {
          list: [
            'Move it yourself, gently, within a comfortable range',
            'Never force it, and never let anyone stretch it hard for you',
            'Build up a little at a time, like the rest of your plan',
            'Use the limb in daily tasks where you can',
          ],
        },
        'Therapists may also use graded motor imagery. This starts with pictures and imagined moves, and may use a mirror, before real movement. It can help the brain and the limb work together again.',
        'Touching the skin with soft, then rougher, fabrics can help it become less sensitive over time. A therapist can show you how.',
      ],
    },
    {
      heading: 'The signs to stop',
      blocks: [
        'Your Pacewise sessions show CRPS stop signs. Stop and rest the limb if it:',
        {
          list: [
            'Changes colour: redder, paler, blue or blotchy',
            'Swells or looks puffier than when you started',
            'Feels hotter or colder than the other side',
          ],
        },
        'If it has not settled by the next day, tell your physical therapist. Take care with heat and cold too. Cold can make CRPS pain worse for some people.',
      ],
    },
    {
      heading: 'Your care team',
      blocks: [
        'CRPS needs guidance from people who know it well. This is often a physical therapist or occupational therapist, with a doctor and sometimes a psychologist. Support for mood and worry is part of good care, not a sign that the pain is imagined.',
        'Pacewise keeps your plan gentle and shows the stop signs. It does not replace your care team. If you think you may have CRPS, or your symptoms spread or change, see your doctor.',
      ],
    },
  ],
  sources: [
    {
      author: 'Goebel A, Barker C, Turner-Stokes L, et al.',
      title: 'Complex regional pain syndrome in adults: UK guidelines for diagnosis, referral and management in primary and secondary care, 2nd edition. Royal College of Physicians',
      year: 2018,
    },
    {
      author: 'Moseley GL',
      title: 'Graded motor imagery for pathologic pain: a randomized controlled trial. Neurology 67(12):2129-2134',
      year: 2006,
    },
  ],
};
