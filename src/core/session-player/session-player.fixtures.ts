/**
 * Plain data for the session-player tests: a few exercises of each kind, a planned session, and
 * helpers to play it (apply actions, start at a pain-before answer).
 */
import type { BreathPattern } from '../library/exercise.js';
import { createSession, reduceSession } from './player.js';
import type { PlannedItem, PlayerExercise, SessionAction, SessionState } from './types.js';

const BOX: BreathPattern = { inSeconds: 4, holdInSeconds: 4, outSeconds: 4, holdOutSeconds: 4 };

/** A small library: a stretch held on each side, strength with an easier variant, a walk, breathing. */
export const EXERCISES: ReadonlyMap<string, PlayerExercise> = new Map(
  (
    [
      {
        id: 'calf-stretch',
        pillar: 'stretching',
        easier: 'seated-calf',
        dose: { holdSeconds: 30, reps: 2, perSide: true },
      },
      {
        id: 'seated-calf',
        pillar: 'stretching',
        easier: null,
        dose: { holdSeconds: 20, reps: 3, perSide: true },
      },
      {
        id: 'sit-to-stand',
        pillar: 'strengthening',
        easier: 'sit-to-stand-hands',
        dose: { sets: 1, reps: 10 },
      },
      {
        id: 'sit-to-stand-hands',
        pillar: 'strengthening',
        easier: 'knee-straighten',
        dose: { sets: 1, reps: 10 },
      },
      {
        id: 'knee-straighten',
        pillar: 'strengthening',
        easier: null,
        dose: { sets: 1, reps: 10, perSide: true },
      },
      {
        id: 'palm-press',
        pillar: 'strengthening',
        easier: null,
        dose: { sets: 1, reps: 10, holdSeconds: 5 },
      },
      { id: 'walk-outdoors', pillar: 'aerobic', easier: 'walk-home', dose: { minutes: 10 } },
      { id: 'walk-home', pillar: 'aerobic', easier: null, dose: { minutes: 5 } },
      {
        id: 'breathing-box',
        pillar: 'mind_body',
        easier: 'breathing-belly',
        dose: { minutes: 5 },
        breathPattern: BOX,
      },
      {
        id: 'breathing-belly',
        pillar: 'mind_body',
        easier: null,
        dose: { minutes: 5 },
        breathPattern: { inSeconds: 4, outSeconds: 6 },
      },
      { id: 'tai-chi', pillar: 'mind_body', easier: null, dose: { minutes: 5 } },
    ] satisfies PlayerExercise[]
  ).map((e) => [e.id, e]),
);

/** Items as a plan gives them. */
export const STRETCH: PlannedItem = {
  exerciseId: 'calf-stretch',
  pillar: 'stretching',
  holdSeconds: 30,
  reps: 2,
};
export const STRENGTH: PlannedItem = {
  exerciseId: 'sit-to-stand',
  pillar: 'strengthening',
  sets: 2,
  reps: 8,
};
export const WALK: PlannedItem = { exerciseId: 'walk-outdoors', pillar: 'aerobic', minutes: 10 };
export const BREATHING: PlannedItem = {
  exerciseId: 'breathing-box',
  pillar: 'mind_body',
  minutes: 5,
};
export const PALM_PRESS: PlannedItem = {
  exerciseId: 'palm-press',
  pillar: 'strengthening',
  sets: 1,
  reps: 10,
  holdSeconds: 5,
};

/** The moment every test session begins. */
export const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);
export const CLIENT_ID = '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d';

/** A new session of `items`, not yet started. */
export function newSession(items: readonly PlannedItem[]): SessionState {
  return createSession({
    clientId: CLIENT_ID,
    date: '2026-11-24',
    slot: 'morning',
    items,
    exercises: EXERCISES,
    nowMs: T0,
  });
}

/** Applies actions in order. */
export function play(state: SessionState, actions: readonly SessionAction[]): SessionState {
  return actions.reduce(reduceSession, state);
}

/** A session of `items` started at T0 with pain 4 before. */
export function started(items: readonly PlannedItem[]): SessionState {
  return play(newSession(items), [
    { type: 'setPainBefore', value: 4 },
    { type: 'start', nowMs: T0 },
  ]);
}

/** Seconds after T0, in milliseconds since the epoch. */
export function at(seconds: number): number {
  return T0 + seconds * 1000;
}
