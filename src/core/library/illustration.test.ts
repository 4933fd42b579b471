// Covers: determinism; the shape of the SVG document (title, desc, role, no style, no script,
// balanced tags, escaping); figure proportions (lying wide, standing tall); the floor line under
// the lowest point (and under the props that raise it); props drawn (chair, wall, water …);
// every angle convention of pose.ts in both views; invariants over random poses (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Exercise } from './exercise.js';
import type { Figure, Point } from './figure.js';
import { figureBounds, layoutFigure } from './figure.js';
import { buildScene, renderExerciseIllustration, renderPoseSvg } from './illustration.js';
import { PALETTE } from './illustration-scene.js';
import type { Pose, PoseProp } from './pose.js';
import { POSE_PROPS } from './pose.js';

const STANDING: Pose = { view: 'side' };
const LYING_BACK: Pose = {
  view: 'side',
  torso: -90,
  thighL: 90,
  shinL: 90,
  thighR: 90,
  shinR: 90,
  upperArmL: 90,
  forearmL: 90,
  upperArmR: 90,
  forearmR: 90,
};
const LYING_FRONT: Pose = {
  view: 'side',
  torso: 90,
  head: 90,
  thighL: -90,
  shinL: -90,
  thighR: -90,
  shinR: -90,
  upperArmL: -90,
  forearmL: -90,
  upperArmR: -90,
  forearmR: -90,
};
const SEATED: Pose = {
  view: 'side',
  thighL: 90,
  thighR: 90,
  upperArmL: 20,
  forearmL: 80,
  upperArmR: 20,
  forearmR: 80,
};

function exerciseWith(start: Pose, end: Pose, name = 'Sit & stand <easy>'): Exercise {
  return {
    id: 'sit-to-stand',
    name,
    purpose: 'p',
    pillar: 'strengthening',
    positions: ['seated'],
    equipment: [],
    regions: [],
    level: 1,
    avoidWith: [],
    cautionNote: null,
    dose: { reps: 5 },
    easier: null,
    harder: null,
    steps: ['a', 'b', 'c'],
    breathing: 'b',
    feel: 'f',
    stopIf: 's',
    activity: null,
    illustration: { start, end, alt: 'From sitting "tall" to standing' },
  };
}

/** The stage transform of a rendered pose: where the local floor lands. */
function stageTransform(svg: string): { tx: number; ty: number; scale: number } {
  const match = /transform="translate\((-?[\d.]+) (-?[\d.]+)\)(?: scale\(([\d.]+)\))?"/u.exec(svg);
  if (!match) throw new Error('no stage transform');
  return { tx: Number(match[1]), ty: Number(match[2]), scale: Number(match[3] ?? 1) };
}

/** Checks that every opened tag is closed in order. */
function hasBalancedTags(xml: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/gu)) {
    if (selfClosing) continue;
    if (!closing) stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('renderExerciseIllustration', () => {
  const svg = renderExerciseIllustration(
    exerciseWith({ ...SEATED, props: ['chair'] }, { ...STANDING, props: ['chair'], cue: 'hold' }),
  );

  it('is deterministic, byte for byte', () => {
    const again = renderExerciseIllustration(
      exerciseWith({ ...SEATED, props: ['chair'] }, { ...STANDING, props: ['chair'], cue: 'hold' }),
    );
    expect(again).toBe(svg);
  });

  it.each([
    ['is one svg element', (s: string) => s.startsWith('<svg ') && s.endsWith('</svg>')],
    ['declares the SVG namespace', (s: string) => s.includes('xmlns="http://www.w3.org/2000/svg"')],
    [
      'has a viewBox, width and height',
      (s: string) => /viewBox="0 0 \d+ \d+" width="\d+" height="\d+"/u.test(s),
    ],
    ['has role="img"', (s: string) => s.includes('role="img"')],
    [
      'has the escaped name as title',
      (s: string) =>
        s.includes('<title id="pw-sit-to-stand-title">Sit &amp; stand &lt;easy&gt;</title>'),
    ],
    [
      'has the alt text as desc',
      (s: string) =>
        s.includes(
          '<desc id="pw-sit-to-stand-desc">From sitting &quot;tall&quot; to standing</desc>',
        ),
    ],
    ['has no style attribute or element', (s: string) => !/style/iu.test(s)],
    ['has no script', (s: string) => !/script/iu.test(s)],
    ['has balanced tags', hasBalancedTags],
    [
      'rounds numbers to one decimal',
      (s: string) => !/\d\.\d{2,}/u.test(s.replace(/scale\([\d.]+\)/gu, '')),
    ],
    ['has no NaN or Infinity', (s: string) => !/NaN|Infinity/u.test(s)],
  ])('%s', (_, check) => {
    expect(check(svg)).toBe(true);
  });

  it('draws the start pose on the left and the end pose on the right', () => {
    const [left, right] = svg.split('<g class="pose">').slice(1);
    expect(left).toContain(PALETTE.wood);
    expect(right).toContain(PALETTE.cue);
  });
});

describe('figure proportions', () => {
  const size = (pose: Pose): { width: number; height: number } => {
    const b = figureBounds(layoutFigure(pose));
    return { width: b.maxX - b.minX, height: b.maxY - b.minY };
  };

  it.each([
    ['lying on the back', LYING_BACK],
    ['lying face down', LYING_FRONT],
    [
      'lying on the side (front view)',
      {
        view: 'front',
        torso: 90,
        thighL: -90,
        thighR: 90,
        upperArmL: 90,
        upperArmR: 90,
      } satisfies Pose,
    ],
  ])('%s is wider than tall', (_, pose) => {
    const { width, height } = size(pose);
    expect(width).toBeGreaterThan(height * 1.5);
  });

  it.each([
    ['standing, side view', STANDING],
    ['standing, front view', { view: 'front' } satisfies Pose],
    ['arms overhead', { view: 'front', upperArmL: 175, upperArmR: 175 } satisfies Pose],
  ])('%s is taller than wide', (_, pose) => {
    const { width, height } = size(pose);
    expect(height).toBeGreaterThan(width * 2);
  });
});

describe('the floor line', () => {
  it.each([
    ['standing', STANDING],
    ['seated on a chair', { ...SEATED, props: ['chair'] } satisfies Pose],
    ['lying on the back', LYING_BACK],
    ['lying face down', LYING_FRONT],
    ['all fours', { view: 'side', torso: 72, shinL: -90, shinR: -90 } satisfies Pose],
    ['arms overhead, front view', { view: 'front', upperArmL: 170, upperArmR: 170 } satisfies Pose],
    [
      'against a wall with a band',
      { ...STANDING, props: ['wall', 'band', 'weights'] } satisfies Pose,
    ],
  ])('%s: the lowest point rests on the floor line', (_, pose) => {
    const scene = buildScene(pose);
    expect(scene.floorY).toBeCloseTo(figureBounds(scene.figure).maxY, 6);
    const { ty, scale } = stageTransform(renderPoseSvg(pose, { width: 220, floorY: 212 }));
    expect(ty + scale * scene.floorY).toBeCloseTo(212, 0);
    expect(renderPoseSvg(pose, { width: 220, floorY: 212 })).toContain(
      'y1="212" x2="212" y2="212"',
    );
  });

  it.each<[string, PoseProp, number]>([
    ['a mat', 'mat', 3],
    ['a step under both feet', 'step', 14],
    ['a balance cushion under the feet', 'cushion', 8],
  ])('raises the figure by the height of %s', (_, prop, lift) => {
    const scene = buildScene({ ...STANDING, props: [prop] });
    expect(scene.floorY - figureBounds(scene.figure).maxY).toBeCloseTo(lift, 6);
  });

  it.each<[string, PoseProp]>([
    ['a bicycle', 'bicycle'],
    ['a stationary bike', 'stationary_bike'],
  ])('puts %s under the feet, its base on the floor', (_, prop) => {
    const pose: Pose = {
      view: 'side',
      torso: 20,
      thighR: 70,
      shinR: 10,
      thighL: 30,
      shinL: -5,
      props: [prop],
    };
    const scene = buildScene(pose);
    expect(scene.floorY).toBeGreaterThan(figureBounds(scene.figure).maxY + 10);
  });
});

describe('props', () => {
  const chairStrokes = (svg: string): number => svg.split(`stroke="${PALETTE.wood}"`).length - 1;

  it('draws a chair under a seated figure, its seat just under the hips', () => {
    const svg = renderPoseSvg({ ...SEATED, props: ['chair'] });
    expect(chairStrokes(svg)).toBeGreaterThanOrEqual(3);
    // The hips' stroke ends 8.5 under the hip joint; the seat (6 thick) is drawn 3 below that.
    expect(svg).toMatch(
      /<line x1="-[\d.]+" y1="11.5" x2="[\d.]+" y2="11.5" stroke="#b08f6e" stroke-width="6"/u,
    );
  });

  it('draws no chair without the prop', () => {
    expect(chairStrokes(renderPoseSvg(SEATED))).toBe(0);
  });

  it.each<[PoseProp, string]>([
    ['wall', PALETTE.wall],
    ['mat', PALETTE.mat],
    ['band', PALETTE.band],
    ['weights', PALETTE.metal],
    ['water', PALETTE.water],
    ['step', PALETTE.step],
    ['cushion', PALETTE.cushion],
    ['bicycle', PALETTE.frame],
    ['stationary_bike', PALETTE.frame],
  ])('draws the %s', (prop, color) => {
    expect(renderPoseSvg({ ...STANDING, props: [prop] })).toContain(color);
    expect(renderPoseSvg(STANDING)).not.toContain(color);
  });

  it.each<[Pose['cue'], string]>([
    ['breath_in', 'C'],
    ['breath_out', 'C'],
    ['hold', '<circle'],
    ['repeat', ' A7.5'],
  ])('draws the %s cue', (cue, mark) => {
    const svg = renderPoseSvg({ ...STANDING, cue });
    expect(svg).toContain(PALETTE.cue);
    expect(svg).toContain(mark);
  });
});

describe('hints from the exercise', () => {
  const hipHeight = (pose: Pose, seated?: boolean): number => {
    const scene = buildScene(pose, { seated });
    return scene.floorY - scene.figure.hip.y;
  };
  const FRONT_CHAIR: Pose = { view: 'front', props: ['chair'] };

  it.each<[string, boolean | undefined, 'low' | 'high']>([
    ['a seated exercise sits on the chair', true, 'low'],
    ['a standing exercise stands by the chair', false, 'high'],
    ['without a hint, thighs near 0 sit', undefined, 'low'],
  ])('front view with a chair: %s', (_, seated, expected) => {
    expect(hipHeight(FRONT_CHAIR, seated) < 60 ? 'low' : 'high').toBe(expected);
  });

  it('takes "seated" from an exercise done only seated', () => {
    const standingOnly = {
      ...exerciseWith(FRONT_CHAIR, FRONT_CHAIR),
      positions: ['standing'],
    } satisfies Exercise;
    const seatedOnly = { ...standingOnly, positions: ['seated'] } satisfies Exercise;
    expect(renderExerciseIllustration(standingOnly)).not.toBe(
      renderExerciseIllustration(seatedOnly),
    );
  });

  it.each<[string, Pose, boolean]>([
    [
      'between the hands when they are raised',
      { view: 'front', upperArmL: 90, upperArmR: 90, props: ['band'] },
      true,
    ],
    ['around the legs when the hands hang', { view: 'front', props: ['band'] }, false],
  ])('draws a front-view band %s', (_, pose, betweenHands) => {
    const scene = buildScene(pose);
    const hands = scene.figure.armL.end;
    const svg = renderPoseSvg(pose);
    const band = new RegExp(
      `<line x1="${hands.x.toFixed(1).replace(/\.0$/u, '')}" [^>]*stroke="${PALETTE.band}"`,
      'u',
    );
    expect(band.test(svg)).toBe(betweenHands);
  });

  it('keeps the band between the hands in both poses when one pose raises them', () => {
    const low: Pose = { view: 'front', props: ['band'] };
    const high: Pose = { view: 'front', upperArmL: 90, upperArmR: 90, props: ['band'] };
    const svg = renderExerciseIllustration(exerciseWith(low, high));
    expect(svg).toContain(renderPoseSvg(low, { bandBetweenHands: true, bandUnderFeet: true }));
  });

  it('puts the chair under the calves when lying with the legs up on it', () => {
    const pose: Pose = {
      ...LYING_BACK,
      thighL: 180,
      shinL: 90,
      thighR: 180,
      shinR: 90,
      props: ['chair'],
    };
    const { figure } = buildScene(pose);
    const seatY = figure.legR.end.y + 4.5 + 3;
    expect(renderPoseSvg(pose)).toMatch(
      new RegExp(`y1="${seatY}" x2="[\\d.-]+" y2="${seatY}" stroke="${PALETTE.wood}"`, 'u'),
    );
  });
});

describe('views', () => {
  it('draws the front and the side view differently', () => {
    expect(renderPoseSvg({ view: 'front' })).not.toBe(renderPoseSvg({ view: 'side' }));
  });

  it('draws the far side lighter in side view only', () => {
    expect(renderPoseSvg({ view: 'side' })).toContain(PALETTE.far);
    expect(renderPoseSvg({ view: 'front' })).not.toContain(PALETTE.far);
  });
});

type Direction =
  'right' | 'left' | 'up' | 'down' | 'up-right' | 'up-left' | 'down-right' | 'down-left';
const DIRECTIONS: Record<Direction, [number, number]> = {
  right: [1, 0],
  left: [-1, 0],
  up: [0, -1],
  down: [0, 1],
  'up-right': [1, -1],
  'up-left': [-1, -1],
  'down-right': [1, 1],
  'down-left': [-1, 1],
};

const joints = {
  kneeR: (f: Figure): [Point, Point] => [f.legR.root, f.legR.joint],
  ankleR: (f: Figure): [Point, Point] => [f.legR.joint, f.legR.end],
  kneeL: (f: Figure): [Point, Point] => [f.legL.root, f.legL.joint],
  elbowR: (f: Figure): [Point, Point] => [f.armR.root, f.armR.joint],
  handR: (f: Figure): [Point, Point] => [f.armR.joint, f.armR.end],
  elbowL: (f: Figure): [Point, Point] => [f.armL.root, f.armL.joint],
  neck: (f: Figure): [Point, Point] => [f.hip, f.neck],
  head: (f: Figure): [Point, Point] => [f.hip, f.head.center],
  headFromNeck: (f: Figure): [Point, Point] => [f.neck, f.head.center],
};

describe('angle conventions (pose.ts)', () => {
  it.each<[string, Pose, keyof typeof joints, Direction]>([
    ['side: thigh 0 hangs down', { view: 'side' }, 'kneeR', 'down'],
    [
      'side: thigh 90 points forward, foot right of the hip',
      { view: 'side', thighR: 90, shinR: 90 },
      'ankleR',
      'right',
    ],
    ['side: thigh -90 points backward', { view: 'side', thighR: -90 }, 'kneeR', 'left'],
    ['side: thigh 45 points down and forward', { view: 'side', thighR: 45 }, 'kneeR', 'down-right'],
    ['side: the far thigh follows the same rule', { view: 'side', thighL: 90 }, 'kneeL', 'right'],
    ['side: shin -90 points backward', { view: 'side', shinR: -90 }, 'ankleR', 'left'],
    ['side: upper arm 180 points up', { view: 'side', upperArmR: 180 }, 'elbowR', 'up'],
    ['side: upper arm -180 points up', { view: 'side', upperArmR: -180 }, 'elbowR', 'up'],
    ['side: upper arm 90 points forward', { view: 'side', upperArmR: 90 }, 'elbowR', 'right'],
    [
      'side: upper arm -45 points down and back',
      { view: 'side', upperArmL: -45 },
      'elbowL',
      'down-left',
    ],
    [
      'side: forearm 135 points up and forward',
      { view: 'side', forearmR: 135 },
      'handR',
      'up-right',
    ],
    ['side: torso 0 is upright', { view: 'side' }, 'neck', 'up'],
    ['side: torso 45 leans forward', { view: 'side', torso: 45 }, 'neck', 'up-right'],
    ['side: torso -45 leans back', { view: 'side', torso: -45 }, 'neck', 'up-left'],
    [
      'side: torso -90 lies on the back, head to the left',
      { view: 'side', torso: -90 },
      'head',
      'left',
    ],
    [
      'side: torso 90 lies face down, head to the right',
      { view: 'side', torso: 90 },
      'head',
      'right',
    ],
    ['side: head 0 is upright above the neck', { view: 'side' }, 'headFromNeck', 'up'],
    [
      'side: head 90 points forward from the neck',
      { view: 'side', head: 90 },
      'headFromNeck',
      'right',
    ],
    [
      'side: an omitted head follows the torso',
      { view: 'side', torso: -90 },
      'headFromNeck',
      'left',
    ],
    [
      'front: left arm 90 goes to the viewer’s right',
      { view: 'front', upperArmL: 90 },
      'elbowL',
      'right',
    ],
    [
      'front: right arm 90 goes to the viewer’s left',
      { view: 'front', upperArmR: 90 },
      'elbowR',
      'left',
    ],
    ['front: arm 180 is overhead', { view: 'front', upperArmR: 180 }, 'elbowR', 'up'],
    [
      'front: left arm 45 is down and out',
      { view: 'front', upperArmL: 45 },
      'elbowL',
      'down-right',
    ],
    ['front: right arm 135 is up and out', { view: 'front', upperArmR: 135 }, 'elbowR', 'up-left'],
    ['front: left thigh 30 is down and out', { view: 'front', thighL: 30 }, 'kneeL', 'down-right'],
    ['front: right thigh 30 is down and out', { view: 'front', thighR: 30 }, 'kneeR', 'down-left'],
    [
      'front: torso 30 bends to the figure’s left',
      { view: 'front', torso: 30 },
      'neck',
      'up-right',
    ],
    [
      'front: torso -30 bends to the figure’s right',
      { view: 'front', torso: -30 },
      'neck',
      'up-left',
    ],
  ])('%s', (_, pose, joint, direction) => {
    const [from, to] = joints[joint](layoutFigure(pose));
    const sign = (n: number): number => (Math.abs(n) < 1e-6 ? 0 : Math.sign(n));
    expect([sign(to.x - from.x), sign(to.y - from.y)]).toEqual(DIRECTIONS[direction]);
  });

  it.each([
    ['right limbs are near, left limbs far, in side view', 'side', ['far', 'near']],
    ['both sides are alike in front view', 'front', ['mid', 'mid']],
  ] as const)('%s', (_, view, depths) => {
    const f = layoutFigure({ view });
    expect([f.legL.depth, f.legR.depth]).toEqual(depths);
    expect([f.armL.depth, f.armR.depth]).toEqual(depths);
  });

  it('gives segments left out their neutral standing angle', () => {
    expect(layoutFigure({ view: 'side' })).toEqual(
      layoutFigure({
        view: 'side',
        torso: 0,
        head: 0,
        upperArmL: 0,
        forearmL: 0,
        upperArmR: 0,
        forearmR: 0,
        thighL: 0,
        shinL: 0,
        thighR: 0,
        shinR: 0,
      }),
    );
  });
});

describe('invariants over random poses', () => {
  const angle = fc.integer({ min: -180, max: 180 });
  const pose = fc.record(
    {
      view: fc.constantFrom<Pose['view']>('side', 'front'),
      torso: angle,
      head: angle,
      upperArmL: angle,
      forearmL: angle,
      upperArmR: angle,
      forearmR: angle,
      thighL: angle,
      shinL: angle,
      thighR: angle,
      shinR: angle,
      props: fc.subarray([...POSE_PROPS]),
      cue: fc.constantFrom<Pose['cue']>('breath_in', 'breath_out', 'hold', 'repeat'),
    },
    { requiredKeys: ['view'] },
  );

  it('renders finite, style-free, deterministic markup with the figure inside the stage', () => {
    fc.assert(
      fc.property(pose, (p) => {
        const svg = renderPoseSvg(p);
        expect(svg).toBe(renderPoseSvg(p));
        expect(svg).not.toMatch(/NaN|Infinity|style/u);
        const { tx, ty, scale } = stageTransform(svg);
        const scene = buildScene(p);
        expect(ty + scale * scene.floorY).toBeCloseTo(212, 0);
        expect(tx + scale * scene.bounds.minX).toBeGreaterThanOrEqual(7.9);
        expect(tx + scale * scene.bounds.maxX).toBeLessThanOrEqual(212.1);
      }),
      { numRuns: 300 },
    );
  });
});
