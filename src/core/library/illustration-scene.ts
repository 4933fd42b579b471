/** What the illustration's prop and cue painters share: the scene, the palette and a few measures. */
import type { Figure, Point } from './figure.js';
import { BODY } from './figure.js';
import type { Pose } from './pose.js';

/** What one pose cannot say but its exercise can, so that start and end are drawn alike. */
export interface SceneHints {
  /** Whether a front-view figure with a chair sits on it; guessed from the thighs when left out. */
  seated?: boolean;
  /** Whether a front-view band runs between the hands (else around the legs); guessed when left out. */
  bandBetweenHands?: boolean;
  /** Whether a side-view band runs from the hands down under the feet (else to an anchor ahead). */
  bandUnderFeet?: boolean;
}

/** A figure laid out with the hips at the origin and the floor line at `floorY`. */
export interface Scene {
  pose: Pose;
  hints: SceneHints;
  figure: Figure;
  floorY: number;
  bounds: { minX: number; maxX: number; minY: number; maxY: number };
}

/** What a prop paints behind, amid and in front of the figure, and how far it reaches sideways. */
export interface PropLayer {
  back: string[];
  /** Between the far-side limbs and the rest of the figure (a bike's frame). */
  mid?: string[];
  front: string[];
  minX?: number;
  maxX?: number;
}

/** Soft, muted colours that keep enough contrast against the light background. */
export const PALETTE = {
  background: '#f7f4ee',
  body: '#3d6a87',
  far: '#9ab4c7',
  floor: '#b8ae9e',
  wood: '#b08f6e',
  wall: '#e2dbcf',
  wallEdge: '#b8ae9e',
  mat: '#8fb59a',
  band: '#d0795a',
  metal: '#5d6670',
  frame: '#7a8794',
  water: '#8cc4de',
  waterLine: '#4f95bb',
  step: '#d9cdb8',
  stepEdge: '#a8987c',
  cushion: '#d9b38c',
  cue: '#5f9a7d',
  arrow: '#98a6b0',
  mattress: '#e4d9c6',
  mattressTop: '#efe8dc',
  mattressEdge: '#c4b59d',
  pillow: '#faf7f1',
} as const;

/** The thin ring in the background colour drawn around each body part. */
export const HALO = 3;

/**
 * A low bed, seen a little from above: how high the mattress's front top edge stands above the
 * floor, how thick the mattress is, and how deep its top looks behind that edge.
 */
export const BED = { height: 36, mattress: 11, depth: 16 } as const;

/** True when the torso is closer to lying than to upright. */
export function isLying(figure: Figure): boolean {
  return Math.abs(figure.neck.y - figure.hip.y) < BODY.torso * 0.6;
}

/** What the figure rests on: the mattress top when on a bed, else the floor (or mat). */
export function groundY(scene: Scene): number {
  return scene.pose.props?.includes('bed') === true ? scene.floorY - BED.height : scene.floorY;
}

/** The hips' height above what the figure rests on. */
export function hipHeight(scene: Scene): number {
  return groundY(scene) - scene.figure.hip.y;
}

/** True when the figure sits: hips at chair height or lower, but not lying on the floor. */
export function isSitting(scene: Scene): boolean {
  const height = hipHeight(scene);
  return height < 66 && (height > 25 || !isLying(scene.figure));
}

/** The lowest y of a leg's ankle or toes, stroke included. */
export function footBottom(leg: Figure['legL']): number {
  return Math.max(leg.end.y, leg.tip.y) + BODY.limbWidth / 2;
}

/** The x range of a leg's foot. */
export function footSpan(leg: Figure['legL']): [number, number] {
  const r = BODY.limbWidth / 2;
  return [Math.min(leg.end.x, leg.tip.x) - r, Math.max(leg.end.x, leg.tip.x) + r];
}

/** The side-view "forward" of the chest: at a right angle to the torso, towards the face. */
export function chestNormal(figure: Figure): Point {
  const len = Math.hypot(figure.neck.x - figure.hip.x, figure.neck.y - figure.hip.y);
  const up = { x: (figure.neck.x - figure.hip.x) / len, y: (figure.neck.y - figure.hip.y) / len };
  return { x: -up.y, y: up.x };
}

/** An empty layer. */
export function noLayer(): PropLayer {
  return { back: [], front: [] };
}
