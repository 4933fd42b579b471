// For tests: an SMTP server on loopback that keeps every mail it receives, and reading them.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { TestDatabaseKind } from '../../db/testing.js';
import { startTestApp, type TestApp } from '../testing.js';

export interface Received {
  to: string[];
  raw: string;
}

/** An SMTP server on loopback that keeps every mail it receives. */
export async function startMailbox(): Promise<{ server: SMTPServer; port: number; mails: Received[] }> {
  const mails: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, mails };
}

/** The text of a mail with quoted-printable soft breaks and escapes undone. */
export function textOf(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export async function waitFor<T>(read: () => T | undefined, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A mailbox, and the app on a fresh database sending its mail there (with PUBLIC_URL for links). */
export async function startAppWithMailbox(kind: TestDatabaseKind): Promise<{ test: TestApp; mailbox: Mailbox; close(): Promise<void> }> {
  const mailbox = await startMailbox();
  const test = await startTestApp(kind, { PUBLIC_URL: 'http://localhost', SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, MAIL_FROM: 'Pacewise <care@example.org>' });
  return {
    test,
    mailbox,
    close: async () => {
      await test.close();
      await new Promise<void>((resolve) => mailbox.server.close(() => resolve()));
    },
  };
}

export type Mailbox = Awaited<ReturnType<typeof startMailbox>>;
