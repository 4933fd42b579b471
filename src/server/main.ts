/** Starts Pacewise: parse settings, open and migrate the database, serve the API and web app. */
import { openDatabase } from '../db/connect.js';
import { buildApp } from './app.js';
import { SessionCache } from './auth/session-cache.js';
import { ConfigError, loadConfig } from './config.js';
import { randomIds, systemClock } from './context.js';
import { startScheduler } from './jobs/scheduler.js';
import { Library } from './services/library.service.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // Until the app's logger exists, a problem in the background goes to standard error.
  let reportProblem = (message: string) => console.error(`Pacewise: ${message}`);
  const database = await openDatabase(config.database, { onProblem: (message) => reportProblem(message) });
  const services = { db: database.db, config, clock: systemClock, newId: randomIds, sessionCache: new SessionCache() };
  const app = await buildApp(services);
  reportProblem = (message) => app.log.warn({ problem: message }, 'database checkpoints moved back to the request path');
  // Reminders are swept on a database lease: with several processes, one sends (issue 13).
  const scheduler = config.reminderSweepMs > 0 ? startScheduler(services, new Library(), app.log, config.reminderSweepMs) : null;
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await scheduler?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
  const url = config.publicUrl?.href ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port}/`;
  console.log(`\nPacewise is running at ${url}\nData: ${where}\nStop with Ctrl+C.\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Pacewise could not start:', error);
  process.exit(1);
});
