// More sample poses for `npm run contact-sheet -- --samples`: the bed, the table, the ankle cuff,
// turned heads and twisted chests, feet on the toes and toes up, and a weight turned end-on.

const sample = (id, name, start, end) => ({
  id,
  name,
  positions: [],
  illustration: { start, end, alt: name },
});

const seatedFront = { view: 'front', props: ['chair'] };
const seated = {
  view: 'side',
  thighL: 90,
  thighR: 90,
  upperArmL: 15,
  forearmL: 80,
  upperArmR: 15,
  forearmR: 80,
  props: ['chair'],
};
const onBack = {
  view: 'side',
  torso: -90,
  head: -90,
  thighL: 135,
  shinL: 30,
  thighR: 135,
  shinR: 30,
  upperArmL: 90,
  forearmL: 90,
  upperArmR: 90,
  forearmR: 90,
  props: ['bed'],
};
const holdingChair = {
  view: 'side',
  upperArmR: 35,
  forearmR: 75,
  upperArmL: 35,
  forearmL: 75,
  props: ['chair'],
};

export const TURN_SAMPLES = [
  sample(
    'head-turn-front',
    'Head turns right, then left (front)',
    { ...seatedFront, headTurn: -65 },
    { ...seatedFront, headTurn: 65 },
  ),
  sample(
    'head-turn-side',
    'Head turns towards the viewer (side)',
    { view: 'side' },
    { view: 'side', headTurn: -70 },
  ),
  sample('twist-front', 'Seated twist (front)', seatedFront, {
    ...seatedFront,
    torsoTwist: 40,
    upperArmR: -30,
    forearmR: -60,
    upperArmL: 20,
    forearmL: 10,
    cue: 'hold',
  }),
  sample(
    'twist-side',
    'Twist left, then right (side)',
    { ...seated, torsoTwist: 40 },
    { ...seated, torsoTwist: -40 },
  ),
  sample('bed', 'In bed: knees bent, then on the side', onBack, {
    view: 'front',
    torso: 90,
    head: 90,
    thighL: -65,
    shinL: -115,
    thighR: 130,
    shinR: 55,
    upperArmL: 90,
    forearmL: 130,
    upperArmR: 55,
    forearmR: 80,
    props: ['bed'],
  }),
  sample(
    'table',
    'Hands on a table',
    {
      view: 'side',
      torso: 15,
      upperArmL: 25,
      forearmL: 25,
      upperArmR: 25,
      forearmR: 25,
      props: ['table'],
    },
    { view: 'front', upperArmL: 20, upperArmR: 20, props: ['table'] },
  ),
  sample(
    'ankle-weight',
    'Ankle weight',
    { ...seated, props: ['chair', 'ankle_weight'] },
    { ...seated, shinR: 85, props: ['chair', 'ankle_weight'] },
  ),
  sample(
    'feet',
    'On the toes, then toes up',
    { ...holdingChair, footL: 40, footR: 40 },
    { ...holdingChair, footL: 125, footR: 125 },
  ),
  sample(
    'palm',
    'Weight upright, then end-on',
    { ...seated, upperArmR: 0, forearmR: 90, props: ['chair', 'weights'] },
    { ...seated, upperArmR: 0, forearmR: 90, palmR: 'up', props: ['chair', 'weights'] },
  ),
];
