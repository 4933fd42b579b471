/**
 * `npm run admin -- create-admin <email>`: prints a one-use link (24 hours) that makes the
 * practice's first admin. Reads the same settings as the server and opens the same database.
 * `npm run admin -- push-keys`: prints a new VAPID key pair for Web Push (issue 13).
 */
import { openDatabase } from '../db/connect.js';
import { InviteClinicianRequest } from '../contract/admin.js';
import { SessionCache } from './auth/session-cache.js';
import { ConfigError, loadConfig } from './config.js';
import { randomIds, systemClock } from './context.js';
import { generatePushKeys } from './push/send.js';
import { createAdminInvitation } from './services/staff-invitation.service.js';

const USAGE = `Usage: npm run admin -- create-admin <email>
       npm run admin -- push-keys

  create-admin <email>   Print a one-use link (valid for 24 hours) that makes <email> an admin
                         of this Pacewise practice.
  push-keys              Print a new key pair for push reminders, as settings to put in the
                         server's environment.`;

/** The settings that switch Web Push on, with a new key pair; the subject is a contact address. */
function printPushKeys(publicUrl: string | undefined): number {
  const { publicKey, privateKey } = generatePushKeys();
  const subject = publicUrl?.startsWith('https://') ? new URL(publicUrl).origin : 'mailto:you@example.org';
  console.log(`VAPID_PUBLIC_KEY=${publicKey}`);
  console.log(`VAPID_PRIVATE_KEY=${privateKey}`);
  console.log(`VAPID_SUBJECT=${subject}`);
  console.log('Put these three settings in the server\'s environment (keep the private key secret) and restart it. VAPID_SUBJECT is how push services can reach you: your site or a mailto: address.');
  return 0;
}

/** The email of `create-admin <email>`, or null when the arguments are anything else. */
function parseArgs(args: readonly string[]): string | null {
  if (args.length !== 2 || args[0] !== 'create-admin') return null;
  const parsed = InviteClinicianRequest.shape.email.safeParse(args[1]);
  return parsed.success ? parsed.data : null;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 1 && args[0] === 'push-keys') return printPushKeys(process.env.PUBLIC_URL);
  const email = parseArgs(args);
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
