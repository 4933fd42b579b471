/**
 * `npm run admin -- create-admin <email>`: prints a one-use link (24 hours) that makes the
 * practice's first admin. Reads the same settings as the server and opens the same database.
 */
import { openDatabase } from '../db/connect.js';
import { InviteClinicianRequest } from '../contract/admin.js';
import { SessionCache } from './auth/session-cache.js';
import { ConfigError, loadConfig } from './config.js';
import { randomIds, systemClock } from './context.js';
import { createAdminInvitation } from './services/staff-invitation.service.js';

const USAGE = `Usage: npm run admin -- create-admin <email>

  create-admin <email>   Print a one-use link (valid for 24 hours) that makes <email> an admin
                         of this Pacewise practice.`;

/** The email of `create-admin <email>`, or null when the arguments are anything else. */
function parseArgs(args: readonly string[]): string | null {
  if (args.length !== 2 || args[0] !== 'create-admin') return null;
  const parsed = InviteClinicianRequest.shape.email.safeParse(args[1]);
  return parsed.success ? parsed.data : null;
}

async function main(): Promise<number> {
  const email = parseArgs(process.argv.slice(2));
  if (email === null) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(process.env);
  const database = await openDatabase(config.database);
  try {
    const services = { db: database.db, config, clock: systemClock, newId: randomIds, sessionCache: new SessionCache() };
    const { link, expiresAt } = await createAdminInvitation(services, email);
    console.log(link);
    console.log(`Open this link to set a password for ${email}; it works once, until ${expiresAt}.`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error('The admin command failed:', error);
    process.exit(1);
  },
);
