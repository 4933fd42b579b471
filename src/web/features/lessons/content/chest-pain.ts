/** Lesson: chest pain — what needs an ambulance now and what can wait for a doctor. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the chest pain lesson. `{emergencyNumber}` is the person's emergency number. */
export const chestPain: LessonContent = {
  title: 'Chest pain: when to call for help',
  summary: 'Which chest pain needs an ambulance now, and which can wait for a doctor.',
  sections: [
    {
      heading: 'Chest pain has many causes',
      blocks: [
        'Chest pain can come from muscles, ribs, the gut, or worry. But some chest pain comes from the heart, and that needs help fast. You do not need to work out the cause. That is a doctor’s job. This lesson helps you know when to call.',
      ],
    },
    {
      heading: 'Call {emergencyNumber} now if you have',
      blocks: [
        {
          list: [
            'Chest pain or pressure that is severe, or that comes on while you are resting',
            'Chest pain, pressure, tightness or squeezing that does not go away after a few minutes of rest',
            'Pain that spreads to your arm, neck, jaw, back or tummy',
            'Chest pain with shortness of breath, sweating, feeling sick, or feeling light-headed',
            'Sudden weakness or numbness on one side, a drooping face, or trouble speaking',
            'Fainting, or feeling you are about to faint, with chest pain',
          ],
        },
        'Call {emergencyNumber} for an ambulance. Do not drive yourself. Stop what you are doing, and sit down and rest while you wait. Unlock the door if you can, and tell someone nearby.',
        'Heart attack signs are not always strong. Some people, including many women, have only mild pain, a feeling like bad indigestion, or mainly feel breathless or sick. If in doubt, call.',
      ],
    },
    {
      heading: 'If you stop a session for chest pain',
      blocks: [
        'Pacewise will show you the number to call. If the pain does not settle within a few minutes of rest, or it comes back, call {emergencyNumber}. Your plan then stays gentle until a clinician says it is safe to do more.',
      ],
    },
    {
      heading: 'What can wait for a doctor',
      blocks: [
        'Some chest pain is less urgent. See your doctor soon if:',
        {
          list: [
            'It hurts in one spot when you press there, or when you twist or stretch',
            'It started after a strain, a cough or a knock',
            'It comes with heartburn after eating',
            'It comes when you are active and goes within a few minutes of rest; do not exercise again until a doctor has checked you',
          ],
        },
        'Even then, if the pain changes, gets worse, or comes with any sign in the list above, call {emergencyNumber}.',
      ],
    },
    {
      heading: 'Ask your clinician',
      blocks: [
        'If you have a heart condition, or chest pain when you are active, talk to your doctor before doing more exercise. Pacewise will ask you about this. It cannot check your heart, and it does not replace your doctor.',
      ],
    },
  ],
  sources: [
    {
      author: 'National Institute for Health and Care Excellence (NICE)',
      title: 'Recent-onset chest pain of suspected cardiac origin: assessment and diagnosis (CG95)',
      year: 2010,
      url: 'https://www.nice.org.uk/guidance/cg95',
    },
    {
      author: 'NHS',
      title: 'Heart attack',
      url: 'https://www.nhs.uk/conditions/heart-attack/',
    },
    {
      author: 'NHS',
      title: 'Chest pain',
      url: 'https://www.nhs.uk/conditions/chest-pain/',
    },
    {
      author: 'American Heart Association',
      title: 'Warning signs of a heart attack',
      url: 'https://www.heart.org/en/health-topics/heart-attack/warning-signs-of-a-heart-attack',
    },
  ],
};
