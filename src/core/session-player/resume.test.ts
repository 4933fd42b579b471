// Covers: telling a stored session from anything else; resuming pauses a running clock at the
// last moment seen (time while closed is not counted); a session in its feedback or intro stays as
// it was; when a session counts as left; closing a left session as partial at the moment it was
// last seen; a session never started stays unsaved.
import { describe, expect, it } from 'vitest';
import { reduceSession } from './player.js';
import { buildSessionLog } from './record.js';
import {
  ABANDONED_AFTER_MS,
  closeAbandoned,
  isAbandoned,
  isSessionState,
  resumeSession,
} from './resume.js';
import { STRETCH, WALK, at, newSession, play, started } from './session-player.fixtures.js';

describe('isSessionState', () => {
  it.each([
    [null, false],
    ['text', false],
    [{ version: 2 }, false],
    [{ ...newSession([WALK]), items: [] }, false],
    [JSON.parse(JSON.stringify(newSession([WALK]))), true],
  ])('%#', (value, expected) => {
    expect(isSessionState(value)).toBe(expected);
  });
});

describe('resumeSession', () => {
  const walking = play(started([WALK]), [
    { type: 'beginItem', nowMs: at(0) },
    { type: 'tick', nowMs: at(45) },
  ]);

  it('pauses at the last checkpoint, not counting the time the page was closed', () => {
    expect(walking.lastSeenMs).toBe(at(45));
    const resumed = resumeSession(JSON.parse(JSON.stringify(walking)));
    expect(resumed).toMatchObject({ paused: true, current: 0 });
    expect(resumed.items[0]).toMatchObject({
      elapsedMs: 45_000,
      runningSinceMs: null,
      phase: 'playing',
    });
    const carriedOn = play(resumed, [
      { type: 'resume', nowMs: at(5000) },
      { type: 'tick', nowMs: at(5000 + 555) },
    ]);
    expect(carriedOn.items[0]?.phase).toBe('feedback');
  });

  it('leaves a session between exercises as it was', () => {
    const intro = started([STRETCH]);
    expect(resumeSession(intro)).toBe(intro);
  });
});

describe('abandoned sessions', () => {
  const walking = play(started([WALK, STRETCH]), [
    { type: 'beginItem', nowMs: at(0) },
    { type: 'tick', nowMs: at(120) },
  ]);

  it('counts as left after a long time untouched', () => {
    expect(isAbandoned(walking, at(120) + ABANDONED_AFTER_MS - 1)).toBe(false);
    expect(isAbandoned(walking, at(120) + ABANDONED_AFTER_MS)).toBe(true);
  });

  it('is closed as partial at the moment it was last seen', () => {
    const closed = closeAbandoned(walking);
    expect(closed).toMatchObject({ stage: 'finished', ending: 'left', finishedAtMs: at(120) });
    expect(buildSessionLog(closed)).toMatchObject({
      partial: true,
      items: [
        { exerciseId: 'walk-outdoors', status: 'done', minutes: 2 },
        { exerciseId: 'calf-stretch', status: 'skipped' },
      ],
    });
  });

  it('a session never started has nothing to save', () => {
    const fresh = newSession([WALK]);
    expect(buildSessionLog(closeAbandoned(fresh))).toBeNull();
  });

  it('a session whose every item was reached keeps its ending', () => {
    const allDone = reduceSession(started([WALK]), { type: 'skipItem', nowMs: at(1) });
    expect(closeAbandoned(allDone)).toMatchObject({ stage: 'finished', ending: 'complete' });
  });
});
