/**
 * The exercise model (PRODUCT.md, "Exercise"). Built-in exercises are typed data in this folder,
 * versioned with the code; the database refers to them by id. A second source (a therapist's
 * own exercises, with an owner) uses the same shape with `source.kind = 'custom'`.
 */
import type { Condition, Equipment, LikedActivity, Limb, PainArea } from '../profile.js';
import type { Pose } from './pose.js';

export const PILLARS = ['stretching', 'aerobic', 'strengthening', 'mind_body'] as const;
export type Pillar = (typeof PILLARS)[number];

export const POSITIONS = ['lying', 'seated', 'standing', 'floor', 'aquatic'] as const;
export type Position = (typeof POSITIONS)[number];

/** The default dose (CLINICAL.md §2). Only the fields that apply are set. */
export interface Dose {
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  minutes?: number;
  /** True when the reps or holds are done on one side and then the other, so screens say "each side". */
  perSide?: boolean;
}

/** A breathing rhythm in seconds per phase, for the guided session's breathing pacer. */
export interface BreathPattern {
  inSeconds: number;
  /** A gentle pause with the breath in, as in box breathing. */
  holdInSeconds?: number;
  outSeconds: number;
  /** A rest with the breath out before the next breath in. */
  holdOutSeconds?: number;
}

/** Where an exercise comes from: shipped with Pacewise, or written by a therapist. */
export type ExerciseSource = { kind: 'builtin' } | { kind: 'custom'; ownerId: string };

/** The words of an exercise that may depend on the time of day of the session. */
export interface SlotWords {
  purpose?: string;
  breathing?: string;
  feel?: string;
}

/** One exercise, written for Pacewise in our own words. */
export interface Exercise {
  /** kebab-case, stable forever: plans and logs refer to it. */
  id: string;
  name: string;
  /** One line: what it is for. */
  purpose: string;
  pillar: Pillar;
  positions: Position[];
  /**
   * The limbs the exercise moves, stretches or works; empty for breath, neck and trunk work.
   * Standing alone does not count: only people who stand are given standing exercises. Every
   * built-in exercise says (a test checks it); a custom one without it is held to no limb rule.
   */
  limbs?: Limb[];
  /**
   * Gentle active movement within an easy range, never held at the end of the range and never
   * loaded: what a limb with CRPS may do (CLINICAL.md §1).
   */
  gentleActive?: boolean;
  /** What is needed besides the body; empty means body weight only. */
  equipment: Equipment[];
  regions: PainArea[];
  level: 1 | 2 | 3;
  /** Conditions it is unsuitable for; `cautionNote` says why in plain words. */
  avoidWith: Condition[];
  cautionNote: string | null;
  dose: Dose;
  /** The next easier and harder variant in its chain, or null at either end. */
  easier: string | null;
  harder: string | null;
  /** 3-7 short steps. */
  steps: string[];
  breathing: string;
  /** The rhythm to breathe to, for practices that give one (belly, paced and box breathing). */
  breathPattern?: BreathPattern;
  /** What it should feel like. */
  feel: string;
  /**
   * Words for a morning session where the usual ones, true at any time of day, could say more
   * ("a wake-up stretch before you get up"); other sessions never show them (slot-words.ts).
   */
  morning?: SlotWords;
  /** When to stop, e.g. "Sharp, shooting or spreading pain: stop and rest." */
  stopIf: string;
  /** The liked activity (PRODUCT.md `likes`) it belongs to, if any: the planner uses it. */
  activity: LikedActivity | null;
  /** The two poses the illustration shows, start and end. */
  illustration: { start: Pose; end: Pose; alt: string };
  /**
   * Absent for the built-in library. A clinician's own exercise (issue 11) is `custom`: the
   * planner never chooses it on its own, only where a clinician's adjustment includes it.
   */
  source?: ExerciseSource;
  /** A clinician's photo in place of the drawn illustration: its id and a description of it. */
  photo?: { id: string; alt: string };
  /** A clinician's exercise its author deleted: kept so history has its name, never planned. */
  retired?: boolean;
}
