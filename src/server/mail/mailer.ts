/**
 * Sending mail through the practice's SMTP server with nodemailer (issue 15). Without SMTP_URL
 * there is no mailer and Pacewise sends nothing.
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { MailConfig } from '../config.js';

/** One plain-text mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail; a failure rejects (the caller decides whether anyone waits for it). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** The mailer for the practice's settings, or null when mail is not configured. */
export function createMailer(mail: MailConfig | null): Mailer | null {
  if (mail === null) return null;
  const transport: Transporter = createTransport(mail.smtpUrl);
  return {
    send: async ({ to, subject, text }) => {
      await transport.sendMail({ from: mail.from, to, subject, text });
    },
  };
}
