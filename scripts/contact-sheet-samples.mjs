// Sample poses for `npm run contact-sheet -- --samples`: one of each kind of position and prop,
// to check the renderer while the real exercise data is being written. Angles follow pose.ts.

const sample = (id, name, start, end) => ({ id, name, illustration: { start, end, alt: name } });

const standing = { view: 'side' };
const seated = { view: 'side', torso: 0, thighL: 90, shinL: 0, thighR: 90, shinR: 0, upperArmL: 15, forearmL: 75, upperArmR: 15, forearmR: 75 };
const hookLying = { view: 'side', torso: -90, thighL: 140, shinL: 28, thighR: 140, shinR: 28, upperArmL: 88, forearmL: 88, upperArmR: 88, forearmR: 88 };
const prone = { view: 'side', torso: 90, head: 90, thighL: -90, shinL: -90, thighR: -90, shinR: -90, upperArmL: -92, forearmL: -92, upperArmR: -92, forearmR: -92 };
const allFours = { view: 'side', torso: 72, thighL: 0, shinL: -90, thighR: 0, shinR: -90 };
const sideLying = { view: 'front', torso: 90, head: 90, thighL: -90, shinL: -90, thighR: 90, shinR: 90, upperArmL: 90, forearmL: 140, upperArmR: 90, forearmR: 90 };

export const SAMPLE_EXERCISES = [
  sample('standing', 'Standing, breathing in', standing, { ...standing, cue: 'breath_in' }),
  sample('seated-chair', 'Seated on a chair', { ...seated, props: ['chair'] }, { ...seated, props: ['chair'], cue: 'breath_out' }),
  sample('hook-lying', 'Lying on the back, knees bent', { ...hookLying, props: ['mat'] }, { ...hookLying, props: ['mat'], thighR: 100, shinR: 95, cue: 'hold' }),
  sample('prone', 'Lying face down', { ...prone, props: ['mat'] }, { ...prone, props: ['mat'], torso: 80, head: 70, upperArmL: 10, forearmL: 60, upperArmR: 10, forearmR: 60 }),
  sample('all-fours', 'All fours, arm and leg reach', { ...allFours, props: ['mat'] }, { ...allFours, props: ['mat'], upperArmR: 165, forearmR: 165, thighL: -80, shinL: -85, cue: 'hold' }),
  sample('side-lying', 'Side-lying clamshell (front view)', { ...sideLying, props: ['mat'] }, { ...sideLying, props: ['mat'], thighR: 50, shinR: 80, cue: 'repeat' }),
  sample(
    'overhead-front',
    'Arms overhead (front view)',
    { view: 'front', upperArmL: 10, upperArmR: 10, forearmL: 10, forearmR: 10 },
    { view: 'front', upperArmL: 170, forearmL: 175, upperArmR: 170, forearmR: 175, cue: 'breath_in' },
  ),
  sample(
    'side-bend',
    'Side bend (front view)',
    { view: 'front', upperArmL: 8, upperArmR: 8 },
    { view: 'front', torso: 22, upperArmL: 15, forearmL: 15, upperArmR: 200, forearmR: 215, cue: 'breath_out' },
  ),
  sample(
    'wall-push-up',
    'Wall push-up',
    { view: 'side', torso: 22, thighL: -22, shinL: -22, thighR: -22, shinR: -22, upperArmL: 88, forearmL: 88, upperArmR: 88, forearmR: 88, props: ['wall'] },
    { view: 'side', torso: 30, thighL: -30, shinL: -30, thighR: -30, shinR: -30, upperArmL: 30, forearmL: 110, upperArmR: 30, forearmR: 110, props: ['wall'] },
  ),
  sample(
    'walking',
    'Walking',
    { view: 'side', torso: 4, thighR: 25, shinR: 8, thighL: -18, shinL: -35, upperArmR: -25, forearmR: -5, upperArmL: 25, forearmL: 55 },
    { view: 'side', torso: 4, thighL: 25, shinL: 8, thighR: -18, shinR: -35, upperArmL: -25, forearmL: -5, upperArmR: 25, forearmR: 55, cue: 'repeat' },
  ),
  sample(
    'stationary-bike',
    'Stationary bike',
    { view: 'side', torso: 20, thighR: 72, shinR: 12, thighL: 35, shinL: -5, upperArmL: 55, forearmL: 80, upperArmR: 55, forearmR: 80, props: ['stationary_bike'] },
    { view: 'side', torso: 20, thighL: 72, shinL: 12, thighR: 35, shinR: -5, upperArmL: 55, forearmL: 80, upperArmR: 55, forearmR: 80, props: ['stationary_bike'], cue: 'repeat' },
  ),
  sample(
    'bicycle',
    'Bicycle',
    { view: 'side', torso: 35, thighR: 75, shinR: 15, thighL: 30, shinL: -5, upperArmL: 60, forearmL: 70, upperArmR: 60, forearmR: 70, props: ['bicycle'] },
    { view: 'side', torso: 35, thighL: 75, shinL: 15, thighR: 30, shinR: -5, upperArmL: 60, forearmL: 70, upperArmR: 60, forearmR: 70, props: ['bicycle'] },
  ),
  sample(
    'swimming',
    'Swimming',
    { view: 'side', torso: 90, head: 95, upperArmR: 90, forearmR: 90, upperArmL: -10, forearmL: -40, thighL: -90, shinL: -80, thighR: -95, shinR: -100, props: ['water'] },
    { view: 'side', torso: 90, head: 95, upperArmL: 90, forearmL: 90, upperArmR: -10, forearmR: -40, thighR: -90, shinR: -80, thighL: -95, shinL: -100, props: ['water'] },
  ),
  sample(
    'water-walking',
    'Walking in water',
    { view: 'side', thighR: 25, shinR: 8, thighL: -18, shinL: -35, upperArmR: -25, forearmR: -5, upperArmL: 25, forearmL: 55, props: ['water'] },
    { view: 'side', thighL: 25, shinL: 8, thighR: -18, shinR: -35, upperArmL: -25, forearmL: -5, upperArmR: 25, forearmR: 55, props: ['water'] },
  ),
  sample(
    'sit-to-stand',
    'Sit to stand',
    { view: 'side', torso: 30, thighL: 90, shinL: 5, thighR: 90, shinR: 5, upperArmL: 60, forearmL: 120, upperArmR: 60, forearmR: 120, props: ['chair'] },
    { view: 'side', upperArmL: 60, forearmL: 120, upperArmR: 60, forearmR: 120, props: ['chair'] },
  ),
  sample('bridge', 'Bridge', { ...hookLying, props: ['mat'] }, {
    view: 'side', torso: -108, head: -90, thighL: 112, shinL: 10, thighR: 112, shinR: 10, upperArmL: 82, forearmL: 90, upperArmR: 82, forearmR: 90, props: ['mat'], cue: 'hold',
  }),
  sample(
    'band-row',
    'Seated band row',
    { view: 'side', ...seated, upperArmL: 70, forearmL: 88, upperArmR: 70, forearmR: 88, props: ['chair', 'band'] },
    { view: 'side', ...seated, upperArmL: -20, forearmL: 85, upperArmR: -20, forearmR: 85, props: ['chair', 'band'] },
  ),
  sample(
    'biceps-curl',
    'Biceps curl with weights',
    { view: 'side', upperArmL: 5, forearmL: 10, upperArmR: 5, forearmR: 10, props: ['weights'] },
    { view: 'side', upperArmL: 5, forearmL: 150, upperArmR: 5, forearmR: 150, props: ['weights'] },
  ),
  sample(
    'step-up',
    'Step up',
    { view: 'side', thighR: 60, shinR: -5, props: ['step'] },
    { view: 'side', torso: 5, props: ['step'] },
  ),
  sample(
    'chair-balance',
    'Calf raise holding a chair',
    { view: 'side', upperArmR: 40, forearmR: 70, upperArmL: 40, forearmL: 70, props: ['chair'] },
    { view: 'side', upperArmR: 40, forearmR: 70, upperArmL: 40, forearmL: 70, shinL: -8, shinR: -8, props: ['chair'] },
  ),
  sample(
    'cushion-sit',
    'Seated breathing on a cushion',
    { view: 'side', thighL: 90, shinL: -95, thighR: 95, shinR: -85, upperArmL: 30, forearmL: 90, upperArmR: 30, forearmR: 90, props: ['cushion', 'mat'], cue: 'breath_in' },
    { view: 'side', thighL: 90, shinL: -95, thighR: 95, shinR: -85, upperArmL: 30, forearmL: 90, upperArmR: 30, forearmR: 90, props: ['cushion', 'mat'], cue: 'breath_out' },
  ),
  sample(
    'hamstring-band',
    'Lying hamstring stretch with band',
    { ...hookLying, props: ['mat', 'band'], upperArmR: 150, forearmR: 150, upperArmL: 150, forearmL: 150 },
    { ...hookLying, props: ['mat', 'band'], thighR: 175, shinR: 175, upperArmR: 160, forearmR: 170, upperArmL: 160, forearmL: 170, cue: 'hold' },
  ),
  sample(
    'wall-sit',
    'Wall slide',
    { view: 'side', props: ['wall'] },
    { view: 'side', thighL: 60, shinL: -5, thighR: 60, shinR: -5, props: ['wall'] },
  ),
];
