/** Lesson: hernia pain and moving safely. */
import type { LessonContent } from '../lesson-content.js';

/** The words of the hernia lesson. */
export const hernia: LessonContent = {
  title: 'Hernia pain and moving safely',
  summary: 'How to stay active with a hernia, what to avoid, and when to see a doctor.',
  sections: [
    {
      heading: 'What a hernia is',
      blocks: [
        'A hernia is when part of the inside of your tummy pushes through a weak spot in the muscle wall. It often shows as a soft bulge in the groin, near the belly button, or by a scar from surgery.',
        'The bulge may get bigger when you stand, cough or strain, and go down when you lie down. Some hernias do not hurt. Others ache or feel heavy, often at the end of the day.',
      ],
    },
    {
      heading: 'Keep moving, with care',
      blocks: [
        'Gentle activity is usually fine with a hernia, and it helps your health in many ways. Walking, easy stretching and breathing exercise are good choices. The aim is to avoid raising the pressure inside your tummy too much.',
        {
          list: [
            'Do not strain, including on the toilet; fibre and water can help',
            'Avoid heavy lifting; ask for help, or split loads into smaller ones',
            'When you lift something light, keep it close and breathe out as you lift',
            'Do not hold your breath while you exercise',
            'Skip moves that make the bulge push out, like sit-ups',
            'Stop if a move makes the hernia hurt more',
          ],
        },
        'If you have had hernia surgery, follow the advice of your surgeon about when to lift and exercise again.',
      ],
    },
    {
      heading: 'When to see a doctor',
      blocks: [
        'See your doctor if you think you have a hernia, or if it is getting bigger or more uncomfortable. Ask them which kinds of exercise suit you.',
        'Get help straight away, at an emergency department, if:',
        {
          list: [
            'The bulge becomes painful, hard or tender',
            'The bulge cannot be pushed back in when it used to go back',
            'You feel sick or are sick, or cannot pass wind or poo',
            'The pain is sudden and severe',
          ],
        },
        'A hernia that cannot be pushed back and hurts can cut off blood flow to the bowel. That needs care urgently. Do not wait to see if it settles.',
      ],
    },
    {
      heading: 'Your plan',
      blocks: [
        'Tell your clinician about your hernia so they can shape your plan. Pacewise can help you pace your activity, but it does not replace your doctor.',
      ],
    },
  ],
  sources: [
    {
      author: 'NHS',
      title: 'Hernia',
      url: 'https://www.nhs.uk/conditions/hernia/',
    },
    {
      author: 'HerniaSurge Group',
      title: 'International guidelines for groin hernia management. Hernia 22(1):1-165',
      year: 2018,
    },
  ],
};
