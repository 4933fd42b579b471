// Six everyday tasks (issue 15), in Debian's Chromium at 390×844 with the CPU slowed 4×, each from
// a signed-in cold start (a fresh profile opening home): check in; start today's session; find an
// exercise by name; see this week's pain against last week's; mark a bad day; log a walk. For each
// it counts the taps (clicks) and keys the person makes, and the machine time from home being
// drawn to the task being done (the bench's own pauses are not in it: it acts as soon as a control
// shows). Aims: check-in ≤ 2 taps and ≤ 1.5 s; each other task ≤ 4 taps.
// Controls are found by role and name, so the tasks keep working while screens change.
// TASKS_BASELINE=<a dist/web folder> measures that build too, in the same run (before/after);
// TASKS_ONLY=<words> runs only the tasks whose name holds them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CPU_SLOWDOWN, PASSWORD, PROFILE, VIEWPORT, startBuiltServer } from './tasks-support.mjs';
import { printTable } from './support.mjs';

const WAIT = { timeout: 30_000 };
const CHECKIN_MS_AIM = 1500;

/** Runs the bench; true when this build meets every aim. */
export async function benchTasks() {
  const builds = [['this build', resolve('dist/web')]];
  if (process.env.TASKS_BASELINE) builds.unshift(['baseline', resolve(process.env.TASKS_BASELINE)]);
  console.log(`\nTasks: 390×844, CPU ${CPU_SLOWDOWN}× slower, a fresh signed-in profile for each task`);
  const rows = [];
  let meets = true;
  for (const [label, webDir] of builds) {
    const results = await measureBuild(webDir);
    for (const result of results) {
      const row = { build: label, task: result.name, taps: result.taps, keys: result.keys, 'machine time': result.ms === null ? 'not done' : `${result.ms} ms`, aim: result.aim, verdict: verdictOf(result), note: result.note };
      rows.push(row);
      if (label === 'this build' && row.verdict !== 'meets') meets = false;
    }
  }
  printTable(rows);
  return meets;
}

function verdictOf({ ms, taps, maxTaps, maxMs }) {
  if (ms === null) return 'not done';
  return taps <= maxTaps && (maxMs === undefined || ms <= maxMs) ? 'meets' : 'misses';
}

/** Every task on one web build, served by the built server on a fresh SQLite file. */
async function measureBuild(webDir) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pacewise-tasks-data-'));
  const server = await startBuiltServer(webDir, dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const results = [];
    // TASKS_ONLY=<words> runs the tasks whose name holds them.
    for (const task of TASKS.filter((t) => t.name.includes(process.env.TASKS_ONLY ?? ''))) {
      const cookies = await signUpPerson(browser, server.url);
      results.push(await runTask(browser, server.url, cookies, task));
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A person with an intake profile and two weeks of check-ins (so insights can compare weeks). */
async function signUpPerson(browser, url) {
  const context = await browser.newContext({ baseURL: url });
  try {
    const email = `maya-${randomUUID().slice(0, 8)}@example.org`;
    const signup = await context.request.post('/api/auth/signup', { data: { email, password: PASSWORD, name: 'Maya', timeZone: 'Europe/Berlin' } });
    if (signup.status() !== 201) throw new Error(`Sign-up answered ${signup.status()}`);
    const profile = await context.request.put('/api/me/profile', { data: PROFILE });
    if (profile.status() !== 200) throw new Error(`Saving the profile answered ${profile.status()}`);
    for (let day = 14; day >= 1; day--) {
      const at = new Date(Date.now() - day * 86_400_000).toISOString();
      const answer = await context.request.post('/api/me/checkins', { data: { at, pain: day > 7 ? 6 : 4 } });
      if (answer.status() !== 201) throw new Error(`A check-in answered ${answer.status()}`);
    }
    return await context.cookies();
  } finally {
    await context.close();
  }
}

/** One task in a fresh context: home opened cold, then the person's steps, timed and counted. */
async function runTask(browser, url, cookies, task) {
  const context = await browser.newContext({ baseURL: url, viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/Berlin', hasTouch: true });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const person = countingPerson();
  try {
    await page.goto(`${url}/`, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1 }).first().waitFor(WAIT);
    const started = Date.now();
    await task.run(page, person);
    const ms = Date.now() - started - person.waited;
    return { ...task, ms, taps: person.taps, keys: person.keys, note: '' };
  } catch (error) {
    return { ...task, ms: null, taps: person.taps, keys: person.keys, note: String(error.message ?? error).split('\n')[0].slice(0, 60) };
  } finally {
    await context.close();
  }
}

/** The person's hands: every tap and key counted; the wait for a control to show is not the machine's time. */
function countingPerson() {
  const person = {
    taps: 0,
    keys: 0,
    waited: 0,
    async tap(locator) {
      await locator.waitFor(WAIT);
      person.taps += 1;
      if (process.env.BENCH_DEBUG) console.log(`tap ${person.taps}: ${locator}`);
      await locator.click();
    },
    async type(locator, text) {
      person.taps += 1;
      await locator.click();
      person.keys += text.length;
      await locator.pressSequentially(text);
    },
    /** A control the person reads before tapping: the time it takes to appear is the machine's. */
    async see(locator) {
      await locator.waitFor(WAIT);
    },
  };
  return person;
}

/** The first visible of several ways a control may be offered (old and new screens). */
function either(...locators) {
  return locators.reduce((all, next) => all.or(next)).first();
}

/** A tab, or (on a build before the tab bar) a header link. */
function navLink(page, ...names) {
  return either(...names.map((name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })));
}

/** Picks `n` on the 0-10 scale named `name` (unless already picked). */
async function pickOnScale(page, person, name, n) {
  const radio = page.getByRole('radiogroup', { name }).getByRole('radio', { name: String(n), exact: true });
  await radio.waitFor(WAIT);
  if (!(await radio.isChecked())) await person.tap(radio);
}

const TASKS = [
  {
    name: 'check in', aim: '≤ 2 taps, ≤ 1.5 s', maxTaps: 2, maxMs: CHECKIN_MS_AIM,
    async run(page, person) {
      const quick = page.getByRole('group', { name: /pain right now/i }).getByRole('link', { name: '4', exact: true });
      const full = page.getByRole('link', { name: /^Check in$/ }).first();
      await either(quick, full).waitFor(WAIT);
      await person.tap((await quick.isVisible()) ? quick : full);
      await pickOnScale(page, person, /Pain right now/, 4);
      await person.tap(page.getByRole('button', { name: /^Save/ }).first());
      await page.getByText(/saved|thank|checked in/i).first().waitFor(WAIT);
    },
  },
  {
    name: 'start today’s session', aim: '≤ 4 taps', maxTaps: 4,
    async run(page, person) {
      await person.tap(page.getByRole('link', { name: /^Start the \w+ session/ }).first());
      await page.getByRole('heading', { level: 1, name: /session$/ }).waitFor(WAIT);
      const painBefore = page.getByRole('radiogroup', { name: /pain/i }).first();
      if (await painBefore.isVisible().catch(() => false)) {
        await pickOnScale(page, person, /pain/i, 3);
        await person.tap(page.getByRole('button', { name: /^Start/ }).first());
      }
      await either(page.getByRole('timer'), page.getByRole('group', { name: 'Session controls' })).waitFor(WAIT);
    },
  },
  {
    name: 'find an exercise by name', aim: '≤ 4 taps', maxTaps: 4,
    async run(page, person) {
      const library = navLink(page, 'Library');
      if (await library.isVisible().catch(() => false)) await person.tap(library);
      else {
        await person.tap(navLink(page, 'More'));
        await person.tap(page.getByRole('link', { name: /Exercise library/ }).first());
      }
      await person.type(page.getByRole('searchbox').or(page.getByRole('textbox', { name: /search/i })).first(), 'wall push');
      await person.tap(page.getByRole('link', { name: /Wall push-up/i }).first());
      await page.getByRole('heading', { level: 1, name: /Wall push-up/i }).waitFor(WAIT);
    },
  },
  {
    name: 'this week’s pain against last week’s', aim: '≤ 4 taps', maxTaps: 4,
    async run(page, person) {
      await person.tap(navLink(page, 'Insights'));
      await page.waitForURL(/\/insights/, WAIT);
      await page.getByRole('main').getByText(/week/i).filter({ visible: true }).first().waitFor(WAIT);
    },
  },
  {
    name: 'mark a bad day', aim: '≤ 4 taps', maxTaps: 4,
    async run(page, person) {
      await person.tap(navLink(page, 'Plan'));
      await person.tap(page.getByRole('button', { name: /bad day/i }).first());
      await person.tap(page.getByRole('button', { name: /make today gentle/i }).first());
      await page.getByText(/gentle version/i).first().waitFor(WAIT);
    },
  },
  {
    name: 'log a walk', aim: '≤ 4 taps', maxTaps: 4,
    async run(page, person) {
      // Home, More or the week offer it, whichever this build has (home's link waits for today's plan).
      const logLink = page.getByRole('main').getByRole('link', { name: /^Log a walk/ }).first();
      await logLink.waitFor({ timeout: 5_000 }).catch(() => {});
      if (!(await logLink.isVisible())) {
        const more = navLink(page, 'More');
        await person.tap((await more.isVisible()) ? more : navLink(page, 'Plan'));
      }
      await person.tap(logLink);
      await page.getByRole('heading', { level: 1, name: /Log an activity/ }).waitFor(WAIT);
      const which = page.getByRole('combobox', { name: /What did you do/ });
      // A walk already chosen stays (the form starts on the outdoor walk); otherwise the first walk in the list.
      const walking = await which.locator('option', { hasText: /walk/i }).first().getAttribute('value');
      const chosen = await which.evaluate((select) => select.selectedOptions[0]?.textContent ?? '');
      if (!/walk/i.test(chosen)) {
        person.taps += 1;
        await which.selectOption(walking);
      }
      const minutes = page.getByRole('textbox', { name: /minutes/i }).or(page.getByRole('spinbutton', { name: /minutes/i })).first();
      if ((await minutes.inputValue()) === '') await person.type(minutes, '20');
      const effort = page.getByRole('radio', { name: /Comfortable/ }).first();
      if (!(await effort.isChecked())) await person.tap(effort);
      await pickOnScale(page, person, /Pain before/, 3);
      await pickOnScale(page, person, /Pain after/, 3);
      await person.tap(page.getByRole('button', { name: /^Save/ }).first());
      await page.getByRole('heading', { name: /Activity logged/ }).waitFor(WAIT);
    },
  },
];
