// Covers the renderer's newer parts: headTurn and torsoTwist in both views (nose, shoulders,
// shading, chest width, the head following the twist), foot angles (on the toes, toes up, never
// laid flat), the palm turning a held weight end-on, the bed (lift, mattress, pillow, headboard
// at the head's end), the table under the hands, the ankle cuff, the chair seat that stays put
// when the hips push up, and finite, style-free output for random poses with all of these.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from './figure.js';
import { BODY, figureBounds, layoutFigure } from './figure.js';
import { buildScene, renderPoseSvg } from './illustration.js';
import { drawHead } from './illustration-head.js';
import { BED, PALETTE } from './illustration-scene.js';
import type { Pose } from './pose.js';
import { POSE_PROPS } from './pose.js';

const SEATED_FRONT: Pose = { view: 'front', props: ['chair'] };
const SEATED_SIDE: Pose = {
  view: 'side',
  thighL: 90,
  thighR: 90,
  upperArmL: 15,
  forearmL: 80,
  upperArmR: 15,
  forearmR: 80,
  props: ['chair'],
};
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
const STANDING: Pose = { view: 'side' };

/** The centres of the circles in some markup, in order. */
function circles(markup: readonly string[]): Array<{ x: number; y: number; r: number }> {
  return [
    ...markup.join('').matchAll(/<circle cx="(-?[\d.]+)" cy="(-?[\d.]+)" r="([\d.]+)"/gu),
  ].map(([, x, y, r]) => ({ x: Number(x), y: Number(y), r: Number(r) }));
}

/** The nose: the small circle of the head, if one is drawn. */
function nose(f: Figure): { x: number; y: number; index: number } | undefined {
  const found = circles(drawHead(f))
    .map((c, index) => ({ ...c, index }))
    .filter((c) => c.r < 5);
  return found.at(-1);
}

const shoulderSpan = (f: Figure): number => Math.abs(f.armL.root.x - f.armR.root.x);
const torsoWidth = (f: Figure): number =>
  f.segments.find((s) => s.part === 'torso')?.width ?? Number.NaN;

describe('headTurn', () => {
  it('front view: no nose while the face looks ahead', () => {
    expect(nose(layoutFigure(SEATED_FRONT))).toBeUndefined();
  });

  it.each([
    ['to the right (−) shows the nose on the viewer’s left', -60, -1],
    ['to the left (+) shows the nose on the viewer’s right', 60, 1],
  ] as const)('front view: turning %s', (_, headTurn, side) => {
    const f = layoutFigure({ ...SEATED_FRONT, headTurn });
    const found = nose(f);
    expect(found).toBeDefined();
    expect(Math.sign((found?.x ?? 0) - f.head.center.x)).toBe(side);
    expect(Math.abs((found?.x ?? 0) - f.head.center.x)).toBeGreaterThan(BODY.headR - 2);
  });

  it('side view: turning towards the viewer brings the nose onto the face, drawn over the head', () => {
    const ahead = layoutFigure(STANDING);
    const turned = layoutFigure({ ...STANDING, headTurn: -70 });
    const [front, over] = [nose(ahead), nose(turned)];
    expect((front?.x ?? 0) - ahead.head.center.x).toBeGreaterThan(BODY.headR - 2);
    expect(Math.abs((over?.x ?? 0) - turned.head.center.x)).toBeLessThan(BODY.headR / 2);
    expect(over?.index).toBeGreaterThan(1);
    expect(front?.index).toBe(1);
  });

  it('a head left unturned looks where the chest turns', () => {
    const twisted = layoutFigure({ ...SEATED_FRONT, torsoTwist: 40 });
    expect(twisted.headTurn).toBe(40);
    expect(layoutFigure({ ...SEATED_FRONT, torsoTwist: 40, headTurn: 0 }).headTurn).toBe(0);
  });
});

describe('torsoTwist', () => {
  it('front view: brings the shoulders closer and narrows the chest', () => {
    const ahead = layoutFigure(SEATED_FRONT);
    const twisted = layoutFigure({ ...SEATED_FRONT, torsoTwist: 45 });
    expect(shoulderSpan(twisted)).toBeLessThan(shoulderSpan(ahead) * 0.8);
    expect(torsoWidth(twisted)).toBeLessThan(torsoWidth(ahead));
  });

  it.each([
    ['left', 45, ['far', 'mid']],
    ['right', -45, ['mid', 'far']],
    ['a little', 20, ['mid', 'mid']],
  ] as const)(
    'front view: turning %s puts the arm turning away behind',
    (_, torsoTwist, depths) => {
      const f = layoutFigure({ ...SEATED_FRONT, torsoTwist });
      expect([f.armL.depth, f.armR.depth]).toEqual(depths);
    },
  );

  it('front view: draws an arm turned away in the lighter far colour', () => {
    expect(renderPoseSvg({ ...SEATED_FRONT, torsoTwist: 45 })).toContain(PALETTE.far);
  });

  it.each([
    ['left (+) brings the near shoulder forward', 40, 1],
    ['right (−) takes the near shoulder back', -40, -1],
  ] as const)('side view: turning %s and widens the chest', (_, torsoTwist, forward) => {
    const ahead = layoutFigure(SEATED_SIDE);
    const f = layoutFigure({ ...SEATED_SIDE, torsoTwist });
    expect(Math.sign(f.armR.root.x - ahead.armR.root.x)).toBe(forward);
    expect(Math.sign(f.armL.root.x - ahead.armL.root.x)).toBe(-forward);
    expect(torsoWidth(f)).toBeGreaterThan(torsoWidth(ahead));
  });

  it('leaves the hips and legs where they were', () => {
    const ahead = layoutFigure(SEATED_SIDE);
    const f = layoutFigure({ ...SEATED_SIDE, torsoTwist: 40 });
    expect([f.legL, f.legR]).toEqual([ahead.legL, ahead.legR]);
  });
});

describe('feet', () => {
  const holding: Pose = { ...STANDING, upperArmR: 35, forearmR: 75 };

  it('up on the toes, the figure rises and the heels leave the floor', () => {
    const flat = buildScene(holding);
    const toes = buildScene({ ...holding, footL: 40, footR: 40 });
    const hipAbove = (s: typeof flat): number => s.floorY - s.figure.hip.y;
    expect(hipAbove(toes)).toBeGreaterThan(hipAbove(flat) + 5);
    expect(toes.figure.legR.tip.y).toBeGreaterThan(toes.figure.legR.end.y + 5);
  });

  it('with the toes lifted, the toes point up and are not laid flat on the floor', () => {
    const { figure } = buildScene({ ...holding, footL: 125, footR: 125 });
    expect(figure.legR.tip.y).toBeLessThan(figure.legR.end.y - 3);
    expect(figure.legR.tip.x).toBeGreaterThan(figure.legR.end.x);
  });
});

describe('props: bed, table, ankle weight, turned weights, chair seat', () => {
  it('a bed raises a lying figure onto its mattress, with a pillow under the head', () => {
    const scene = buildScene({ ...LYING_BACK, props: ['bed'] });
    expect(scene.floorY - figureBounds(scene.figure).maxY).toBeCloseTo(BED.height, 6);
    const svg = renderPoseSvg({ ...LYING_BACK, props: ['bed'] });
    expect(svg).toContain(PALETTE.mattress);
    expect(svg).toContain(PALETTE.pillow);
  });

  it('no pillow under a face-down figure on a bed', () => {
    const faceDown: Pose = { ...LYING_BACK, torso: 90, head: 90, props: ['bed'] };
    expect(renderPoseSvg(faceDown)).not.toContain(PALETTE.pillow);
  });

  it('puts the headboard, the tallest post, at the head’s end', () => {
    const scene = buildScene({ ...LYING_BACK, props: ['bed'] });
    const svg = renderPoseSvg({ ...LYING_BACK, props: ['bed'] });
    const posts = [
      ...svg.matchAll(
        /<line x1="(-?[\d.]+)" y1="(-?[\d.]+)" x2="(-?[\d.]+)" y2="[\d.-]+" stroke="#b08f6e"/gu,
      ),
    ]
      .filter(([, x1, , x2]) => x1 === x2)
      .map(([, x, y]) => ({ x: Number(x), y: Number(y) }));
    const headboard = posts.reduce((a, b) => (b.y < a.y ? b : a));
    expect(headboard.x).toBeLessThan(scene.figure.hip.x);
  });

  it('a table’s top sits just under the hands resting on it', () => {
    const pose: Pose = { ...STANDING, torso: 15, upperArmR: 25, forearmR: 25, props: ['table'] };
    const { figure } = buildScene(pose);
    const topY = Math.max(figure.armL.end.y, figure.armR.end.y) + BODY.limbWidth / 2 + 3;
    expect(renderPoseSvg(pose)).toMatch(
      new RegExp(`y1="${topY.toFixed(1).replace(/\.0$/u, '')}"[^>]*stroke="${PALETTE.wood}"`, 'u'),
    );
  });

  it('an ankle weight is a cuff just above the right foot', () => {
    const pose: Pose = { ...SEATED_SIDE, props: ['chair', 'ankle_weight'] };
    const svg = renderPoseSvg(pose);
    expect(svg).toContain(PALETTE.metal);
    expect(renderPoseSvg({ ...SEATED_SIDE })).not.toContain(PALETTE.metal);
  });

  it('with the palm turned up, a held dumbbell is seen end-on as a round plate', () => {
    const arm: Pose = { ...SEATED_SIDE, upperArmR: 0, forearmR: 90, props: ['chair', 'weights'] };
    const plates = (pose: Pose): number =>
      (renderPoseSvg(pose).match(new RegExp(`r="7" fill="${PALETTE.metal}"`, 'gu')) ?? []).length;
    expect(plates(arm)).toBe(0);
    expect(plates({ ...arm, palmR: 'up' })).toBe(1);
  });

  it('a chair seat stays at its height when the hips push up off it, leaving a gap', () => {
    const seat = (pose: Pose): { height: number; gap: number } => {
      const scene = buildScene(pose);
      const match = /y1="(-?[\d.]+)" x2="[\d.-]+" y2="\1" stroke="#b08f6e" stroke-width="6"/u.exec(
        renderPoseSvg(pose),
      );
      const y = Number(match?.[1]);
      return { height: scene.floorY - y, gap: y - scene.figure.hip.y };
    };
    const pushed = seat({ ...SEATED_SIDE, thighL: 76, thighR: 76 });
    const sitting = seat(SEATED_SIDE);
    expect(pushed.height).toBeCloseTo(sitting.height, 0);
    expect(pushed.gap).toBeGreaterThan(sitting.gap + 5);
  });
});

describe('invariants over random poses with turns, feet and the new props', () => {
  const angle = fc.integer({ min: -180, max: 180 });
  const pose = fc.record(
    {
      view: fc.constantFrom<Pose['view']>('side', 'front'),
      torso: angle,
      head: angle,
      headTurn: fc.integer({ min: -90, max: 90 }),
      torsoTwist: fc.integer({ min: -90, max: 90 }),
      thighR: angle,
      shinR: angle,
      footL: angle,
      footR: angle,
      upperArmR: angle,
      forearmR: angle,
      palmR: fc.constantFrom<Pose['palmR']>('in', 'up', 'down'),
      props: fc.subarray([...POSE_PROPS]),
    },
    { requiredKeys: ['view'] },
  );

  it('renders finite, style-free, deterministic markup', () => {
    fc.assert(
      fc.property(pose, (p) => {
        const svg = renderPoseSvg(p);
        expect(svg).toBe(renderPoseSvg(p));
        expect(svg).not.toMatch(/NaN|Infinity|style/u);
      }),
      { numRuns: 300 },
    );
  });
});
