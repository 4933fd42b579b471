/**
 * The reminder scheduler inside the server (issue 13). Every interval it tries to take the
 * database lease `reminder-sweep`; the process that holds it runs the sweep. All state is in the
 * database (deliveries, lease), so a restart picks up where it was and sends nothing twice.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { releaseLease, tryTakeLease } from '../../db/job-lease.repository.js';
import type { Services } from '../context.js';
import type { Library } from '../services/library.service.js';
import { purgeOldDeliveries, sweepPushReminders, type SweepResult } from './reminder-sweep.js';

export const SWEEP_LEASE = 'reminder-sweep';
const PURGE_EVERY_MS = 3_600_000;

/** A running scheduler. */
export interface Scheduler {
  /** Runs one sweep now if this process gets the lease; null when another process holds it. */
  tick(): Promise<SweepResult | null>;
  /** Stops the timer, waits for a sweep in progress and gives the lease back. */
  stop(): Promise<void>;
}

/** Starts the scheduler; with `intervalMs` 0 it never ticks by itself (tests call `tick`). */
export function startScheduler(services: Services, library: Library, log: FastifyBaseLogger, intervalMs: number): Scheduler {
  const holder = randomUUID();
  const leaseMs = Math.max(2 * intervalMs, 30_000);
  let running: Promise<SweepResult | null> | null = null;
  let stopped = false;
  let lastPurge = 0;
  const sweep = async (): Promise<SweepResult | null> => {
    const nowMs = Date.parse(services.clock.now());
    if (!(await tryTakeLease(services.db, SWEEP_LEASE, holder, nowMs, leaseMs))) return null;
    if (nowMs - lastPurge >= PURGE_EVERY_MS) {
      lastPurge = nowMs;
      await purgeOldDeliveries(services);
    }
    return sweepPushReminders(services, library);
  };
  const tick = async (): Promise<SweepResult | null> => {
    if (stopped) return null;
    if (running) return running;
    running = sweep()
      .catch((error: unknown) => {
        log.warn({ err: error }, 'reminder sweep failed');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = intervalMs > 0 ? setInterval(() => void tick(), intervalMs) : null;
  timer?.unref();
  return {
    tick,
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      if (running) await running;
      await releaseLease(services.db, SWEEP_LEASE, holder).catch(() => undefined);
    },
  };
}
