/**
 * Gentle yoga on the floor or on a bed. Forward folds and deep knee bends carry `avoidWith`
 * for osteoporosis and knee osteoarthritis; poses that can be done lying on a bed say so.
 */
import type { Exercise } from '../../exercise.js';
import type { Pose } from '../../pose.js';
import { ALL_FOURS, LYING_FACE_DOWN, LYING_KNEES_BENT, onBed } from '../base-poses.js';
import { STOP_GENTLE } from './common.js';

/** Kneeling, sitting back towards the heels, folded forward with the arms long in front. */
const CHILDS_POSE: Pose = {
  view: 'side',
  torso: 100,
  head: 105,
  upperArmL: 80,
  forearmL: 85,
  upperArmR: 80,
  forearmR: 85,
  thighL: 60,
  shinL: -90,
  thighR: 60,
  shinR: -90,
  props: ['mat'],
};

/** Kneeling upright, sitting back on the heels, hands resting on the thighs. */
const SITTING_ON_HEELS: Pose = {
  view: 'side',
  upperArmL: 10,
  forearmL: 70,
  upperArmR: 10,
  forearmR: 70,
  thighL: 72,
  shinL: -90,
  thighR: 72,
  shinR: -90,
  props: ['mat'],
};

/** Face-down with the forehead resting on folded arms. */
const HEAD_ON_HANDS: Pose = {
  ...LYING_FACE_DOWN,
  upperArmL: 90,
  forearmL: -90,
  upperArmR: 90,
  forearmR: -90,
};

/**
 * Lying on the back with the lower legs resting on a chair seat. No 'chair' prop: the renderer
 * draws a chair beside the hips of anyone not sitting, not under the calves.
 */
const LEGS_ON_CHAIR: Pose = {
  ...LYING_KNEES_BENT,
  thighL: 180,
  shinL: 90,
  thighR: 180,
  shinR: 90,
  props: ['chair'],
};

/** Chains: seated cat-cow (chair-yoga.ts) → cat-cow → floor flow; crocodile → sphinx. */
export const FLOOR_YOGA: Exercise[] = [
  {
    id: 'yoga-cat-cow',
    name: 'Cat-cow on hands and knees',
    purpose: 'Arching and rounding the back on hands and knees, to loosen the whole spine.',
    pillar: 'mind_body',
    positions: ['floor'],
    equipment: ['mat'],
    regions: ['neck', 'upper_back', 'lower_back'],
    level: 2,
    avoidWith: ['osteoporosis'],
    cautionNote:
      'Rounding the spine can strain bones thinned by osteoporosis. Choose moves that keep the back long and straight.',
    dose: { minutes: 5 },
    easier: 'yoga-chair-cat-cow',
    harder: 'yoga-floor-flow',
    steps: [
      'Come onto your hands and knees on a mat, hands under your shoulders and knees under your hips.',
      'Put a folded towel under your knees if they are tender.',
      'Breathe in and let your belly sink gently, lifting your chest and gaze a little.',
      'Breathe out and round your back up towards the ceiling, letting your head hang softly.',
      'Move slowly between the two, only as far as is comfortable.',
      'Keep going for about 5 minutes, resting whenever you like. If your wrists ache, rest on your fists.',
    ],
    breathing: 'Sink and lift as you breathe in, round as you breathe out.',
    feel: 'Smooth, easy movement along the spine, like a slow wave.',
    stopIf: STOP_GENTLE,
    activity: 'yoga',
    illustration: {
      start: { ...ALL_FOURS, torso: 70, head: 55, cue: 'breath_in' },
      end: { ...ALL_FOURS, torso: 80, head: 120, cue: 'breath_out' },
      alt: 'A person on hands and knees lets the belly sink and lifts the head, then rounds the back and lets the head hang.',
    },
  },
  {
    id: 'yoga-floor-flow',
    name: 'Gentle floor yoga flow',
    purpose: 'A slow floor sequence from hands and knees to resting on the back.',
    pillar: 'mind_body',
    positions: ['floor'],
    equipment: ['mat'],
    regions: ['widespread', 'upper_back', 'lower_back', 'hip'],
    level: 3,
    avoidWith: ['osteoporosis', 'knee_osteoarthritis'],
    cautionNote:
      'The flow includes a forward fold and a deep knee bend, which are best avoided with osteoporosis or knee osteoarthritis.',
    dose: { minutes: 15 },
    easier: 'yoga-cat-cow',
    harder: null,
    steps: [
      'Start on your hands and knees on a mat, with a towel under your knees if you like.',
      'Move through 5 slow rounds of cat-cow with your breath.',
      "Sit your hips back towards your heels into child's pose, arms long in front, for 5 breaths.",
      'Come forward, lower onto your front, and rise onto your forearms into sphinx pose for 5 breaths.',
      'Roll onto your back, bend your knees and let them sway slowly from side to side.',
      'Rest on your back for a minute, then repeat the sequence, about 15 minutes in all.',
    ],
    breathing: 'Let the breath lead: open as you breathe in, fold or lower as you breathe out.',
    feel: 'Slow, calm movement with gentle stretches. You can breathe easily the whole time.',
    stopIf: STOP_GENTLE,
    activity: 'yoga',
    illustration: {
      start: { ...ALL_FOURS, cue: 'breath_in' },
      end: { ...CHILDS_POSE, cue: 'breath_out' },
      alt: 'A person on hands and knees sits back into a resting fold with the arms stretched out in front.',
    },
  },
  {
    id: 'yoga-childs-pose',
    name: "Child's pose",
    purpose:
      'A kneeling forward rest that gently stretches the back and lets the breath slow down.',
    pillar: 'mind_body',
    positions: ['floor'],
    equipment: ['mat'],
    regions: ['upper_back', 'lower_back', 'hip'],
    level: 2,
    avoidWith: ['osteoporosis', 'knee_osteoarthritis'],
    cautionNote:
      "Child's pose folds the spine forward and bends the knees deeply, which is not advised with osteoporosis or knee osteoarthritis.",
    dose: { minutes: 5 },
    easier: null,
    harder: null,
    steps: [
      'Kneel on a mat with your knees apart and your big toes together.',
      'Put a folded blanket between your hips and heels, or under your knees, if that helps.',
      'Breathe out and lower your chest towards the floor, arms long in front or resting by your sides.',
      'Rest your forehead on the mat, a cushion or your stacked hands.',
      'Stay for 5 to 10 slow breaths, then walk your hands back and sit up slowly.',
      'Rest, then repeat if you like, for about 5 minutes in all.',
    ],
    breathing:
      'Breathe into your back. Feel it widen as you breathe in and soften as you breathe out.',
    feel: 'A soft stretch through the back and hips. Restful, with no pressure in the knees.',
    stopIf: STOP_GENTLE,
    activity: 'yoga',
    illustration: {
      start: { ...SITTING_ON_HEELS, cue: 'breath_in' },
      end: { ...CHILDS_POSE, cue: 'breath_out' },
      alt: 'A person kneels on a mat sitting back towards the heels, then folds forward to rest with the arms long in front.',
    },
  },
  {
    id: 'yoga-lying-flow',
    name: 'Gentle yoga in bed',
    purpose:
      'A short lying sequence that links easy moves with the breath, for days when getting up is hard.',
    pillar: 'mind_body',
    positions: ['lying', 'floor'],
    equipment: [],
    regions: ['widespread', 'shoulder', 'lower_back', 'hip', 'ankle_foot'],
    level: 1,
    avoidWith: [],
    cautionNote: null,
    dose: { minutes: 5 },
    easier: null,
    harder: null,
    steps: [
      'Lie on your back on your bed or a mat, knees bent and feet flat.',
      'Breathe in and sweep your arms up and back towards the headboard, only as far as is comfortable. Breathe out and bring them down. Do this 3 times.',
      'Breathe out and let both knees drift a little way to one side. Breathe in and bring them back. Do 3 each way.',
      'Stretch one leg long, then point and flex that foot 5 times. Then the other leg.',
      'Rest with your arms by your sides for 5 slow breaths.',
      'Go through it all again, for about 5 minutes in all.',
    ],
    breathing: 'Move with the breath: open as you breathe in, soften as you breathe out.',
    feel: 'Easy, gentle movement from head to toe. Restful rather than hard work.',
    stopIf: STOP_GENTLE,
    activity: 'yoga',
    illustration: {
      start: {
        ...onBed(LYING_KNEES_BENT),
        upperArmL: -100,
        forearmL: -100,
        upperArmR: -100,
        forearmR: -100,
        cue: 'breath_in',
      },
      end: {
        ...onBed(LYING_KNEES_BENT),
        thighL: 120,
        shinL: 60,
        thighR: 120,
        shinR: 60,
        cue: 'breath_out',
      },
      alt: 'A person lies on their back with knees bent and arms swept overhead, then lowers the arms and lets the knees drift to one side.',
    },
  },
  {
    id: 'yoga-crocodile',
    name: 'Crocodile rest',
    purpose: 'Resting face-down with the head on the hands, feeling the breath move the back.',
    pillar: 'mind_body',
    positions: ['lying', 'floor'],
    equipment: [],
    regions: ['upper_back', 'lower_back'],
    level: 1,
    avoidWith: [],
    cautionNote: null,
    dose: { minutes: 5 },
    easier: null,
    harder: 'yoga-sphinx',
    steps: [
      'Lie on your front on a bed or a mat. A pillow under your belly can ease the lower back.',
      'Fold your arms and rest your forehead on your hands, so your neck stays long.',
      'Let your legs relax, a little apart.',
      'Breathe slowly. Feel your belly press down and your lower back rise as you breathe in.',
      'Rest here for about 5 minutes.',
      'To come up, roll onto your side and push up slowly with your arms.',
    ],
    breathing:
      'Slow breaths into the belly. The back rises as you breathe in and settles as you breathe out.',
    feel: 'Heavy and restful, with a gentle movement in the lower back on each breath.',
    stopIf: STOP_GENTLE,
    activity: 'yoga',
    illustration: {
      start: { ...HEAD_ON_HANDS, cue: 'breath_in' },
      end: { ...HEAD_ON_HANDS, cue: 'breath_out' },
      alt: 'A person lies face-down with the forehead resting on folded arms, breathing slowly in and out.',
    },
  },
  {
    id: 'yoga-sphinx',
    name: 'Sphinx pose',
    purpose:
      'Resting on the forearms while lying face-down, to ease the lower back into a gentle arch.',
    pillar: 'mind_body',
    positions: ['lying', 'floor'],
    equipment: [],
    regions: ['upper_back', 'lower_back'],
    level: 2,
    avoidWith: [],
    cautionNote: null,
    dose: { minutes: 5 },
    easier: 'yoga-crocodile',
    harder: null,
    steps: [
      'Lie on your front on a firm bed or a mat, legs a little apart.',
      'Slide your elbows under your shoulders and rest on your forearms, palms down.',
      'Let your lower back and buttocks relax. Lift your chest only as far as is comfortable.',
      'Keep your neck long, looking at the surface a little ahead of you.',
      'Stay for 5 to 10 slow breaths, then lower down and rest your head on your hands.',
      'Repeat for about 5 minutes in all. If your back pinches, lower your chest or put a pillow under it.',
    ],
    breathing: 'Breathe slowly into your belly and feel it press gently into the surface.',
    feel: 'A mild, easy arch in the lower back. It should feel like relief, not pinching.',
    stopIf: STOP_GENTLE,
    activity: 'yoga',
    illustration: {
      start: { ...HEAD_ON_HANDS, cue: 'breath_out' },
      end: {
        ...LYING_FACE_DOWN,
        torso: 65,
        head: 40,
        upperArmL: 0,
        forearmL: 90,
        upperArmR: 0,
        forearmR: 90,
        cue: 'breath_in',
      },
      alt: 'A person lies face-down with the head on the hands, then rises onto the forearms with the chest lifted.',
    },
  },
  {
    id: 'yoga-legs-on-chair',
    name: 'Legs resting on a chair',
    purpose:
      'Lying on the floor with the lower legs on a chair seat, a restful pose for the back and legs.',
    pillar: 'mind_body',
    positions: ['floor'],
    equipment: ['chair'],
    regions: ['lower_back', 'hip', 'knee', 'ankle_foot'],
    level: 1,
    avoidWith: [],
    cautionNote: null,
    dose: { minutes: 5 },
    easier: null,
    harder: null,
    steps: [
      'Place a sturdy chair on a mat or carpet, and sit on the floor beside it.',
      'Lie back and lift your lower legs onto the chair seat, so your hips and knees bend at about a right angle.',
      'Rest your arms by your sides, palms up. A small pillow under your head is fine.',
      'Close your eyes if you like, and breathe slowly.',
      'Stay for about 5 minutes.',
      'To come up, slide your legs off to one side, roll onto that side and push up slowly.',
    ],
    breathing: 'Slow, soft breaths into the belly. Let each out-breath make you a little heavier.',
    feel: 'Heavy, supported and restful. Your lower back may feel flatter and easier.',
    stopIf: STOP_GENTLE,
    activity: 'yoga',
    illustration: {
      start: { ...LEGS_ON_CHAIR, cue: 'breath_in' },
      end: { ...LEGS_ON_CHAIR, cue: 'breath_out' },
      alt: 'A person lies on their back on the floor with the lower legs resting on a chair seat, breathing slowly.',
    },
  },
];
