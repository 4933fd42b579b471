// What the browser benches (first-load, tasks) share: the phone they emulate, Chromium's flags, the
// person they sign up, and the built server (dist/server/main.js) serving a web build on a fresh data folder.
import { spawn } from 'node:child_process';

/** A 390 × 844 phone, with its CPU 4× slower than this machine's. */
export const VIEWPORT = { width: 390, height: 844 };
export const CPU_SLOWDOWN = 4;
/** Chromium as the browser tests launch it: no sandbox, GPU, QUIC or background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
export const PASSWORD = 'a calm walk by the river';
/** Maya's intake: lower back pain, 15 minutes every morning, a chair, walking; no safety answer that needs a clinician. */
export const PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 7, preferredTimes: ['morning'], equipment: ['chair'], likes: ['walking'], painToday: 4,
  safety: { heart_condition: false },
};

/** Starts the built server serving `webDir`; resolves with its URL and a stop function once it prints its address. */
export function startBuiltServer(webDir, dataDir) {
  const env = { ...process.env, PACEWISE_WEB_DIR: webDir, PACEWISE_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000', SIGNIN_LIMIT_PER_ADDRESS: '1000' };
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['dist/server/main.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const onExit = (code) => reject(new Error(`The server exited with ${code}: ${out}`));
    child.on('exit', onExit);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/running at (http:\/\/[^/\s]+)/);
      if (!match) return;
      child.off('exit', onExit);
      const stop = () => new Promise((done) => { child.once('exit', done); child.kill('SIGTERM'); });
      resolvePromise({ url: match[1].replace('localhost', '127.0.0.1'), stop });
    });
  });
}
