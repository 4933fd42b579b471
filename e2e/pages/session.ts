/**
 * Page models for guided sessions: starting from the week, doing whatever the current exercise
 * asks (Begin, a count-in, a hold, reps, a timer), answering the questions between and after,
 * pausing, stopping, and logging an activity. Timers are moved on with Playwright's clock, so a
 * 10-minute walk takes no time at all; `page.clock.install()` must come before the first page.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { checkPage as checkFullPage, shoot } from '../support/harness.js';
import { chooseOnScale } from './models.js';

export const PAIN_BEFORE = 'How much pain do you have right now?';
export const PAIN_AFTER = 'How much pain do you have now?';
export const PAIN_AFTER_OPTIONAL = 'How much pain do you have now? (optional)';
export const STOP = 'Stop — something feels wrong';

/** What the screen of a session under way asks for. */
export type SessionStep =
  'intro' | 'ready' | 'rest' | 'reps' | 'paced' | 'timer' | 'feedback' | 'paused' | 'end' | 'other';

const controls = (page: Page): Locator => page.getByRole('group', { name: 'Session controls' });
const button = (page: Page, name: string): Locator =>
  controls(page).getByRole('button', { name, exact: true });

async function isShown(locator: Locator): Promise<boolean> {
  return (await locator.count()) > 0 && (await locator.first().isVisible());
}

/** "4:30" → milliseconds. */
function parseTime(text: string): number {
  const [minutes, seconds] = text.trim().split(':').map(Number);
  return ((minutes ?? 0) * 60 + (seconds ?? 0)) * 1000;
}

/**
 * Axe and the full-page screenshot, plus what a phone shows without scrolling (`…-phone.png`):
 * the controls kept at the bottom only show where they really are in the second.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await checkFullPage(page, name);
  await shoot(page, { path: `test-results/screenshots/${name}-phone.png` });
}

/** What kind of timer is on screen: a hold, a walk (the talk test) or a breathing practice. */
async function timerKind(page: Page): Promise<'hold' | 'walk' | 'breathing'> {
  if ((await page.getByText('Breathing guide').count()) > 0) return 'breathing';
  if ((await page.getByText(/you can talk in full sentences/).count()) > 0) return 'walk';
  return 'hold';
}

/**
 * A step watcher for `doExercise` that checks each kind of screen once (`session-hold`, …);
 * the breathing guide is checked again with reduced motion, where it counts in words.
 */
export function checkEachKindOfStep(page: Page): (step: SessionStep) => Promise<void> {
  const seen = new Set<string>();
  return async (step) => {
    const name = step === 'timer' ? await timerKind(page) : step;
    if (
      seen.has(name) ||
      !['intro', 'ready', 'rest', 'reps', 'hold', 'walk', 'breathing'].includes(name)
    )
      return;
    seen.add(name);
    await checkPage(page, `session-${name}`);
    if (name !== 'breathing') return;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page
      .getByText(/^\d+ of \d+$/)
      .first()
      .waitFor();
    await checkPage(page, 'session-breathing-reduced-motion');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  };
}

export const guided = {
  async openPlan(page: Page): Promise<void> {
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'Your week' }).waitFor();
  },

  /** Today's first session with one tap on the home page. */
  async startFromHome(page: Page, shoot?: (name: string) => Promise<void>): Promise<void> {
    await page.goto('/');
    const start = page.getByRole('link', { name: /^Start the \w+ session/ }).first();
    await start.waitFor();
    await shoot?.('session-home-start');
    await start.click();
    await page.getByRole('heading', { level: 1, name: /session$/ }).waitFor();
  },

  /** Today's first session, from the big button on today's card. */
  async startToday(page: Page, label: 'Start' | 'Resume' = 'Start'): Promise<void> {
    await page
      .locator('#plan-today')
      .getByRole('link', { name: new RegExp(`^${label} the`) })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /session$/ }).waitFor();
  },

  /** A session of any day, started afresh (after "Start this session again" if it was done). */
  async open(page: Page, date: string, slot: string): Promise<void> {
    await page.goto(`/session/${date}/${slot}`);
    const again = page.getByRole('button', { name: 'Start this session again' });
    await Promise.race([
      again.waitFor(),
      page.getByRole('radiogroup', { name: PAIN_BEFORE }).waitFor(),
    ]);
    if (await isShown(again)) await again.click();
    await page.getByRole('radiogroup', { name: PAIN_BEFORE }).waitFor();
  },

  /** Turns on beeps and spoken cues, where the browser offers them. */
  async turnOnCues(page: Page): Promise<void> {
    for (const name of ['Beeps', 'Spoken cues']) {
      const box = page.getByRole('checkbox', { name });
      if (await isShown(box)) await box.check();
    }
  },

  async answerPainBefore(page: Page, pain: number): Promise<void> {
    await chooseOnScale(page, PAIN_BEFORE, pain);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByText(/^Exercise 1 of \d+/).waitFor();
  },

  /** What the screen asks for now. */
  async step(page: Page): Promise<SessionStep> {
    const checks: [SessionStep, Locator][] = [
      ['end', page.getByRole('button', { name: 'Save the session' })],
      ['paused', page.getByRole('heading', { name: 'Paused' })],
      ['intro', button(page, 'Begin')],
      ['ready', button(page, 'Start now')],
      ['rest', button(page, 'I’m ready')],
      ['reps', button(page, 'Count a rep')],
      ['paced', button(page, 'End this set')],
      ['feedback', page.getByRole('heading', { name: 'That one is done' })],
      ['timer', page.getByRole('timer')],
    ];
    for (const [step, locator] of checks) if (await isShown(locator)) return step;
    return 'other';
  },

  /** How many exercises the session holds. */
  async total(page: Page): Promise<number> {
    return Number((await this.where(page)).progress.split(' of ')[1]);
  },

  /** The stop-exercise signs listed on the stop screen. */
  async stopSigns(page: Page): Promise<string[]> {
    return page.getByRole('term').allInnerTexts();
  },

  /** The exercise on screen, as "Exercise 2 of 5" and its name. */
  async where(page: Page): Promise<{ progress: string; name: string }> {
    const progress =
      (
        await page
          .getByText(/^Exercise \d+ of \d+/)
          .first()
          .innerText()
      ).split(' · ')[0] ?? '';
    const name = await page.getByRole('heading', { level: 2 }).first().innerText();
    return { progress, name };
  },

  /** Does the current exercise to its end: begins it, counts reps, and lets the clock run. */
  async doExercise(page: Page, onStep?: (step: SessionStep) => Promise<void>): Promise<void> {
    for (let guard = 0; guard < 80; guard += 1) {
      const step = await this.step(page);
      if (step === 'feedback' || step === 'end') return;
      await onStep?.(step);
      await this.act(page, step);
    }
    throw new Error('The exercise did not end.');
  },

  async act(page: Page, step: SessionStep): Promise<void> {
    const before = await page.locator('.player').first().innerText();
    if (step === 'intro') await button(page, 'Begin').click();
    else if (step === 'ready') await button(page, 'Start now').click();
    else if (step === 'rest') await button(page, 'I’m ready').click();
    else if (step === 'reps') await this.countSet(page);
    else if (step === 'timer')
      await page.clock.fastForward(
        parseTime(await page.getByRole('timer').first().innerText()) + 500,
      );
    else if (step === 'paced') await page.clock.fastForward(30_000);
    else throw new Error(`Nothing to do on a "${step}" screen.`);
    await expect.poll(() => page.locator('.player').first().innerText()).not.toBe(before);
  },

  async countReps(page: Page, reps: number): Promise<void> {
    for (let rep = 0; rep < reps; rep += 1) await button(page, 'Count a rep').click();
  },

  async chooseRepMode(page: Page, mode: 'I tap each rep' | 'Pace me'): Promise<void> {
    await page.getByRole('radio', { name: mode }).check();
  },

  /** Taps "Count a rep" until the set is complete. */
  async countSet(page: Page): Promise<void> {
    const [done, target] = (
      await page
        .getByText(/^\d+ of \d+$/)
        .first()
        .innerText()
    )
      .split(' of ')
      .map(Number);
    for (let rep = done ?? 0; rep < (target ?? 0); rep += 1)
      await button(page, 'Count a rep').click();
  },

  async giveFeedback(
    page: Page,
    feeling: 'Too easy' | 'About right' | 'Too hard',
    painDuring?: number,
  ): Promise<void> {
    await page.getByRole('radio', { name: feeling }).check();
    if (painDuring !== undefined)
      await chooseOnScale(page, 'Pain during this exercise (optional)', painDuring);
    await controls(page)
      .getByRole('button', { name: /^(Next exercise|Go to the end)$/ })
      .click();
  },

  /** Skips exercises until the one at `index` (0-based) is on screen. */
  async skipTo(page: Page, index: number): Promise<void> {
    for (let at = 0; at < index; at += 1) {
      await button(page, 'Skip this one').click();
      await page.getByText(new RegExp(`^Exercise ${at + 2} of`)).waitFor();
    }
  },

  async pause(page: Page): Promise<void> {
    await button(page, 'Pause').click();
    await page.getByRole('heading', { name: 'Paused' }).waitFor();
  },

  async carryOn(page: Page): Promise<void> {
    await button(page, 'Carry on').click();
  },

  async endHere(page: Page): Promise<void> {
    if ((await this.step(page)) !== 'paused') await this.pause(page);
    await button(page, 'End the session here').click();
    await page.getByRole('button', { name: 'Save the session' }).waitFor();
  },

  async openStop(page: Page): Promise<void> {
    await page.getByRole('button', { name: STOP }).click();
    await page.getByRole('heading', { name: 'What feels wrong?' }).waitFor();
  },

  async chooseStopReason(page: Page, reason: string): Promise<void> {
    await page.getByRole('button', { name: reason }).click();
    await page.getByRole('heading', { name: /^(What to do now|Call for help now)$/ }).waitFor();
  },

  /** Pain after (if given), a note (if given), then Save; waits for the summary. */
  async save(
    page: Page,
    pain: { legend: string; value: number } | null,
    note?: string,
  ): Promise<void> {
    if (pain) await chooseOnScale(page, pain.legend, pain.value);
    if (note) await page.getByLabel('A note for yourself (optional)').fill(note);
    await page.getByRole('button', { name: 'Save the session' }).click();
    await page.getByRole('link', { name: 'How your amounts change' }).waitFor();
  },

  /** The line saying whether the log has reached the server. */
  saveStatus(page: Page): Locator {
    return page.getByRole('status').filter({ hasText: /Saved|Waiting to send|Sending|Saving/ });
  },
};

/** The quick log of an activity done away from the app. */
export const activityLog = {
  async log(
    page: Page,
    entry: {
      activity: string;
      minutes: number;
      effort: 'Easy' | 'Comfortable' | 'Hard';
      before: number;
      after: number;
    },
    shoot?: (name: string) => Promise<void>,
  ): Promise<void> {
    await page.goto('/session/log-activity');
    await page.getByLabel('What did you do?').selectOption({ label: entry.activity });
    await page.getByLabel('How many minutes?').fill(String(entry.minutes));
    await page.getByRole('radio', { name: new RegExp(`^${entry.effort}`) }).check();
    await chooseOnScale(page, 'Pain before', entry.before);
    await chooseOnScale(page, 'Pain after', entry.after);
    await shoot?.('session-log-activity');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Activity logged' }).waitFor();
  },
};
