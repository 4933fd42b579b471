// The built server (dist/server/main.js) serving a web build on a fresh data folder, for the browser benches.
import { spawn } from 'node:child_process';

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
