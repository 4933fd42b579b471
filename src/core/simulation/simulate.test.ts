// The harness itself, on plain cases: it is deterministic; a played session takes exactly the
// player's time (setting up, count-ins, holds, rests, reps, both sides) and logs what
// `buildSessionLog` gives; behaviours do what they say (adherence, breaks, overdo, stops); a
// screen that needs a clinician gives a referral, not weeks.
import { describe, expect, it } from 'vitest';
import { WEEK, PERSONAS, ALL_NO } from '../planner/testing.js';
import type { PlanSession } from '../planner/plan.js';
import { EXERCISES } from '../session-player/session-player.fixtures.js';
import { READY_MS, REST_BETWEEN_HOLDS_MS, SWITCH_SIDE_MS } from '../session-player/dose.js';
import { itemSeconds, SETTING_UP_SECONDS } from '../duration.js';
import { playSession } from './play.js';
import { simulatePlan } from './simulate.js';
import { daysOf, LIBRARY, realMsOf } from './simulation.testing.js';
import type { Behaviour } from './types.js';

const CALM: Behaviour = { adherence: 1, painBefore: 3, painAfterChange: 0 };
const run = (behaviour: Partial<Behaviour>, weeks = 2, profile = PERSONAS.maya) =>
  simulatePlan({ profile, exercises: LIBRARY, weekStart: WEEK, weeks, seed: 5, behaviour: { ...CALM, ...behaviour } });
const ok = (simulation: ReturnType<typeof run>) => {
  if (simulation.status !== 'ok') throw new Error('expected weeks');
  return simulation;
};

// A calf stretch on each side, 2 × 30 s; 10 sit-to-stands; 2 minutes of walking.
const SESSION: PlanSession = {
  slot: 'morning',
  minutes: 6,
  items: [
    { exerciseId: 'calf-stretch', pillar: 'stretching', holdSeconds: 30, reps: 2, estimatedMinutes: 2 },
    { exerciseId: 'sit-to-stand', pillar: 'strengthening', sets: 1, reps: 10, estimatedMinutes: 1.5 },
    { exerciseId: 'walk-outdoors', pillar: 'aerobic', minutes: 2, estimatedMinutes: 2 },
  ],
};
const STRETCH_MS = READY_MS + 4 * 30_000 + 2 * SWITCH_SIDE_MS + REST_BETWEEN_HOLDS_MS;
const REPS_MS = 10 * 6_000;
// Setting up before the stretch and the reps; the walk's timer is the walk itself.
const SESSION_MS = 2 * SETTING_UP_SECONDS * 1000 + STRETCH_MS + REPS_MS + 2 * 60_000;

const choices = { clientId: 'c-1', date: WEEK, startMs: Date.parse(`${WEEK}T08:00:00.000Z`), painBefore: 3, painAfter: 4 };

describe('playing a session', () => {
  it.each(['tap', 'paced'] as const)('takes the player its own time with reps %s, both sides counted', (repMode) => {
    const played = playSession(SESSION, EXERCISES, { ...choices, repMode });
    expect(played?.elapsedMs).toBe(SESSION_MS + (repMode === 'paced' ? READY_MS : 0));
    // Paced, the player takes exactly the one measure of time (tapping skips the count-in).
    if (repMode === 'paced') {
      const doses = [{ holdSeconds: 30, reps: 2, perSide: true }, { sets: 1, reps: 10 }, { minutes: 2 }];
      expect(played?.elapsedMs).toBe(doses.reduce((sum, dose) => sum + itemSeconds(dose) * 1000, 0));
    }
    expect(played?.log).toMatchObject({
      clientId: 'c-1', painBefore: 3, painAfter: 4, partial: false,
      items: [
        { exerciseId: 'calf-stretch', status: 'done', holdSeconds: 30, reps: 2, feedback: 'right' },
        { exerciseId: 'sit-to-stand', status: 'done', sets: 1, reps: 10 },
        { exerciseId: 'walk-outdoors', status: 'done', minutes: 2 },
      ],
    });
  });

  it('a stop in the stop flow ends the session early, partial, without pain after', () => {
    const played = playSession(SESSION, EXERCISES, { ...choices, repMode: 'tap', stopFor: 'chest_pain' });
    expect(played?.log.partial).toBe(true);
    // 30 s in: the first hold was not over, so nothing counts as done.
    expect(played?.log.items.map((i) => i.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(played?.elapsedMs).toBeLessThan(SESSION_MS / 2);
  });
});

describe('simulating weeks', () => {
  it('is deterministic: the same input gives the same weeks', () => {
    expect(run({ adherence: 0.6 })).toEqual(run({ adherence: 0.6 }));
  });

  it('a screen that needs a clinician gives a referral, not weeks', () => {
    const simulation = run({}, 2, { ...PERSONAS.maya, safety: { ...ALL_NO, saddle_numbness: true } });
    expect(simulation).toMatchObject({ status: 'refer', reasons: [{ code: 'refer_emergency' }] });
  });

  it('records each day: planned minutes, the player time of each session, and the quotas', () => {
    const days = daysOf(ok(run({})));
    expect(days).toHaveLength(14);
    const monday = days[0];
    expect(monday?.plannedMinutes).toBeGreaterThan(0);
    expect(monday?.sessions.every((s) => s.done && s.elapsedMs > 0)).toBe(true);
    expect(days[1]?.quotas.map((q) => q.activity)).toContain('aerobic:walking');
  });

  it('adherence 0 and break days leave sessions undone while check-ins go on', () => {
    expect(daysOf(ok(run({ adherence: 0 }))).every((d) => d.sessions.every((s) => !s.done))).toBe(true);
    const days = daysOf(ok(run({ breakDays: [2, 9] })));
    expect(days.slice(2, 10).every((d) => realMsOf(d) === 0 && d.checkinPain === 3)).toBe(true);
    expect(days.slice(10).some((d) => realMsOf(d) > 0)).toBe(true);
  });

  it('an overdo day adds a quick log of 160 % of the aerobic dose', () => {
    const days = daysOf(ok(run({ overdoOnDays: [7] })));
    const walk = days[7]?.aerobic[0]?.minutes ?? 0;
    expect(walk).toBeGreaterThan(0);
    expect((days[7]?.extraMs ?? 0) / 60_000).toBeGreaterThanOrEqual(Math.ceil(walk * 1.6) - walk);
  });

  it('a flare day is checked in as a flare, 3 points above usual, and pacing enters flare mode', () => {
    const days = daysOf(ok(run({ flareOnDays: [8] })));
    expect(days[8]).toMatchObject({ flare: true, checkinPain: 6, mode: 'flare' });
  });

  it('a stop day ends the first session in the stop flow', () => {
    const days = daysOf(ok(run({ stopOnDays: [{ day: 1, reason: 'chest_pain' }] })));
    expect(days[1]?.sessions[0]).toMatchObject({ done: true, partial: true });
  });

  it('a chest-pain stop holds the plan on clearance as the server would, until the screen is answered again', () => {
    const days = daysOf(ok(run({ stopOnDays: [{ day: 1, reason: 'chest_pain' }], rescreenOnDays: [4] })));
    const codes = (n: number) => days[n]?.plan.reasons.map((r) => r.code) ?? [];
    expect(codes(1)).not.toContain('clearance_needed');
    expect(codes(2)).toEqual(expect.arrayContaining(['plan_changed_stop_sign', 'clearance_needed']));
    expect(codes(3)).toContain('clearance_needed');
    expect(codes(4)).not.toContain('clearance_needed');
  });
});
