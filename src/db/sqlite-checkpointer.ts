/**
 * Checkpoints of SQLite's write-ahead log, run in a worker thread on a connection of its own.
 *
 * SQLite copies the log back into the database file (a checkpoint) inside whichever commit
 * crosses 1,000 pages, with two fsyncs, on the event loop: every request waiting then waits for
 * the disk. Under load that was a good part of a check-in write's slowest answers (issue 16, the
 * write path). Here the app's connection stops checkpointing and a worker checkpoints
 * `PASSIVE`ly (never waiting for readers or writers) every half second, and starts the log over
 * once it is long. What is committed is in the log either way, so nothing acknowledged depends
 * on the checkpoint. If a checkpoint fails the worker says why and stops, and the app's
 * connection checkpoints for itself again.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** How often the worker checkpoints, in milliseconds. */
export const CHECKPOINT_EVERY_MS = 500;
/** SQLite's own threshold, restored on the app's connection when the worker is gone. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/**
 * The log's size, in frames (pages), past which the worker starts it over: a PASSIVE checkpoint
 * copies everything back but, with the app appending meanwhile, the log would never restart and
 * grows without end (found in review: gigabytes in 30 s of writes). RESTART waits (at most
 * RESTART_WAIT_MS) for the app's writes in flight and holds them back while it finishes, 5-15 ms,
 * so it is kept rare: under the write bench the log passes 4,096 frames twice a second, and
 * restarting that often put the pause into one answer in a hundred.
 */
const RESTART_AT_FRAMES = 32_768;
const RESTART_WAIT_MS = 250;
/** What a log file is cut back to once it has been started over (SQLite's journal_size_limit). */
export const WAL_SIZE_LIMIT_BYTES = 128 * 1024 * 1024;

/** What the worker runs: plain JavaScript, so it needs no build step in tests or in dist. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file, { fileMustExist: true });
db.pragma('synchronous = ' + workerData.synchronous);
db.pragma('journal_size_limit = ' + workerData.walSizeLimit);
db.pragma('busy_timeout = 0');
let timer;
const finish = () => {
  clearInterval(timer);
  try { db.close(); } catch {}
  parentPort.close();
};
const checkpoint = () => {
  try {
    const [passive] = db.pragma('wal_checkpoint(PASSIVE)');
    if (passive.busy === 0 && passive.log > workerData.restartAtFrames) {
      db.pragma('busy_timeout = ' + workerData.restartWaitMs);
      try { db.pragma('wal_checkpoint(RESTART)'); } finally { db.pragma('busy_timeout = 0'); }
    }
    return true;
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message) });
    finish();
    return false;
  }
};
timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  if (checkpoint()) finish();
});
parentPort.postMessage({ ready: true });
`;

export interface BackgroundCheckpoints {
  /** Stops the worker after a last checkpoint; the app's connection checkpoints for itself again. */
  stop(): Promise<void>;
}

type WorkerMessage = { ready: true } | { failed: string };

export interface CheckpointOptions {
  /** Told why the worker stopped (it could not open the database, or a checkpoint failed). */
  onProblem?: (message: string) => void;
  /** The log's length, in frames, past which it is started over (tests make it small). */
  restartAtFrames?: number;
}

/**
 * Starts checkpointing `file` in a worker. Resolves once the worker has opened the database;
 * until then (and if it cannot) the app's connection keeps SQLite's own checkpoints.
 */
export async function startBackgroundCheckpoints(
  main: SQLite.Database,
  file: string,
  synchronous: 'normal' | 'full',
  { onProblem = () => undefined, restartAtFrames = RESTART_AT_FRAMES }: CheckpointOptions = {},
): Promise<BackgroundCheckpoints> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      file,
      synchronous: synchronous === 'full' ? 'FULL' : 'NORMAL',
      everyMs: CHECKPOINT_EVERY_MS,
      restartAtFrames,
      restartWaitMs: RESTART_WAIT_MS,
      walSizeLimit: WAL_SIZE_LIMIT_BYTES,
      driver: driverPath(),
    },
  });
  // Unref'd so a process that forgets to close its database can still exit; stop() refs it again.
  worker.unref();
  const selfCheckpointing = () => main.open && main.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const ready = await new Promise<boolean>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) resolve(true);
      else onProblem(message.failed);
    });
    worker.once('error', (error) => {
      onProblem(error.message);
      resolve(false);
    });
    worker.once('exit', () => resolve(false));
  });
  if (ready) main.pragma('wal_autocheckpoint = 0');
  void exited.then(selfCheckpointing);
  return {
    async stop() {
      // Held by the worker until it has exited: otherwise a process with nothing else to do would
      // end in the middle of close() and skip what follows it (found in review).
      worker.ref();
      worker.postMessage('stop');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
      clearTimeout(timer);
      await worker.terminate();
    },
  };
}

function driverPath(): string {
  return createRequire(import.meta.url).resolve('better-sqlite3');
}
