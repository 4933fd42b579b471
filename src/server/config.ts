/**
 * Configuration, parsed once at boot from the environment. A bad value stops the start with a
 * message naming every bad key.
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { EMERGENCY_NUMBER_PATTERN } from '../core/emergency-number.js';
import type { DatabaseTarget } from '../db/connect.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PACEWISE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|sqlite:)/, 'Use postgres://user:password@host:port/database or sqlite:path/to/file.sqlite')
    .optional(),
  PUBLIC_URL: z.url('Use the full address people open, e.g. https://pacewise.example.org').optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  STAFF_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  TRUST_PROXY: z
    .string()
    .transform(parseTrustProxy)
    .refine((v) => v !== null, 'Use false, the number of proxies in front of Pacewise (e.g. 1), or their addresses (e.g. 10.0.0.5,10.0.1.0/24)')
    .default(false),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SIGNIN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  SIGNIN_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(8),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(65_536),
  PACEWISE_WEB_DIR: z.string().min(1).default('./dist/web'),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  EMERGENCY_NUMBER: z
    .string()
    .trim()
    .regex(EMERGENCY_NUMBER_PATTERN, 'Use the number people call for help, digits only, e.g. 112, 999 or 911')
    .optional(),
  /** Web Push (issue 13): the VAPID key pair from `npm run admin -- push-keys`, and a contact. */
  VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{87}$/, 'Use the public key printed by npm run admin -- push-keys').optional(),
  VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Use the private key printed by npm run admin -- push-keys').optional(),
  VAPID_SUBJECT: z.string().regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'Use mailto:someone@example.org or an https:// address').optional(),
  /** Tests only: lets push go to a loopback address (never set this in production). */
  PUSH_ALLOW_LOOPBACK: z.enum(['true', 'false']).default('false'),
  /** How often the reminder sweep runs, in seconds; 0 switches it off. */
  REMINDER_SWEEP_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** Mail for password reset links (issue 15): smtp://user:password@host:port or smtps://…. */
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/u, 'Use smtp://user:password@host:587 or smtps://user:password@host:465').optional(),
  MAIL_FROM: z.string().regex(/^[^\r\n<>]*<?[^\s@<>]+@[^\s@<>]+>?$/u, 'Use an address such as Pacewise <pacewise@example.org>').optional(),
}).superRefine((env, ctx) => {
  if (env.SMTP_URL && !env.PUBLIC_URL) ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'Set PUBLIC_URL too: the links in the mail are built from it' });
  const set = [env.VAPID_PUBLIC_KEY, env.VAPID_PRIVATE_KEY, env.VAPID_SUBJECT].filter((v) => v !== undefined).length;
  if (set !== 0 && set !== 3) ctx.addIssue({ code: 'custom', path: ['VAPID_PUBLIC_KEY'], message: 'Set all three of VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT, or none' });
});

/** Web Push settings: the VAPID keys and the contact the push services may write to. */
export interface PushConfig {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/** The server's settings. */
export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  publicUrl: URL | null;
  sessionDays: number;
  /** A person's session ends after this long unused (ASVS 3.3; issue 16, finding 18). */
  sessionIdleMs: number;
  /** A clinician's or admin's session ends after this long unused: their screens show many people. */
  staffIdleMs: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /**
   * Which `X-Forwarded-For` hops to believe: none, the last `n` (the proxies in front of
   * Pacewise), or those sent by the listed addresses. Never every hop: the leftmost one is
   * whatever the client wrote, and per-address limits would mean nothing (issue 16, finding 8).
   */
  trustProxy: false | number | string[];
  rateLimitPerMinute: number;
  signinLimitPerAddress: number;
  signinLimitPerEmail: number;
  bodyLimitBytes: number;
  webDir: string;
  /** Sign-in limits count over this window. */
  signinWindowMs: number;
  /** The practice's emergency number; null means one that fits each person's time zone. */
  emergencyNumber: string | null;
  /** Web Push, when the practice configured it; null means push is off. */
  push: PushConfig | null;
  /** Tests only: push may go to loopback addresses. */
  pushAllowLoopback: boolean;
  /** How often the reminder sweep runs; 0 means never. */
  reminderSweepMs: number;
  /** Mail for password reset links, when the practice configured it; null means no mail. */
  mail: MailConfig | null;
}

/** Where mail goes out and whom it is from. */
export interface MailConfig {
  smtpUrl: string;
  from: string;
}

/** Thrown when the environment has bad values; the message lists every one. */
export class ConfigError extends Error {}

/** Parses the environment into a Config, or throws a ConfigError naming every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Pacewise cannot start; fix these settings:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: databaseTarget(e.DATABASE_URL, e.PACEWISE_DATA_DIR, e.SQLITE_SYNCHRONOUS),
    publicUrl: e.PUBLIC_URL ? new URL(e.PUBLIC_URL) : null,
    sessionDays: e.SESSION_DAYS,
    sessionIdleMs: e.SESSION_IDLE_DAYS * 24 * 60 * 60_000,
    staffIdleMs: e.STAFF_IDLE_MINUTES * 60_000,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY ?? false,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    signinLimitPerAddress: e.SIGNIN_LIMIT_PER_ADDRESS,
    signinLimitPerEmail: e.SIGNIN_LIMIT_PER_EMAIL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    webDir: resolve(e.PACEWISE_WEB_DIR),
    signinWindowMs: 15 * 60_000,
    emergencyNumber: e.EMERGENCY_NUMBER ?? null,
    push: e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY && e.VAPID_SUBJECT ? { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject: e.VAPID_SUBJECT } : null,
    pushAllowLoopback: e.PUSH_ALLOW_LOOPBACK === 'true',
    reminderSweepMs: e.REMINDER_SWEEP_SECONDS * 1000,
    mail: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM ?? `Pacewise <pacewise@${new URL(e.PUBLIC_URL ?? 'http://localhost').hostname}>` } : null,
  };
}

function databaseTarget(url: string | undefined, dataDir: string, synchronous: 'normal' | 'full'): DatabaseTarget {
  if (url?.startsWith('postgres')) return { kind: 'postgres', url };
  const file = url?.startsWith('sqlite:') ? url.slice('sqlite:'.length) : `${dataDir}/pacewise.sqlite`;
  return { kind: 'sqlite', file: resolve(file), synchronous };
}

const MAX_PROXY_HOPS = 10;

/**
 * `false`/`0` → off; `true` → 1 (one reverse proxy, the common case); `n` → the last n hops;
 * otherwise a comma-separated list of proxy addresses or CIDR ranges. Null when it is none of these.
 */
export function parseTrustProxy(value: string): false | number | string[] | null {
  const text = value.trim().toLowerCase();
  if (text === 'false' || text === '0') return false;
  if (text === 'true') return 1;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= MAX_PROXY_HOPS ? hops : null;
  }
  const addresses = text.split(',').map((part) => part.trim());
  return addresses.every(isAddressOrRange) ? addresses : null;
}

function isAddressOrRange(text: string): boolean {
  const [address = '', bits, ...rest] = text.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const max = version === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

/** Empty variables count as unset, so `PORT=` falls back to the default. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
