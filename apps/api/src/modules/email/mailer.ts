import nodemailer, { type NodemailerError } from 'nodemailer';
import type { Config } from '../../config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

export interface Mailer {
  /** Hands the message to the SMTP server; resolves with its Message-ID, rejects with the server's reason. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/** Whether a failed send would fail again however often it is tried (a 5xx answer such as "no such user"). */
export function isPermanentMailError(error: unknown): boolean {
  return (error as NodemailerError)?.permanent === true;
}

export type SendOutcome = { sent: true; messageId: string } | { sent: false; error: string; permanent: boolean };

/** One attempt to hand `mail` to the SMTP server, as an outcome to record (never a rejection). */
export function attemptSend(mailer: Mailer, mail: OutgoingMail): Promise<SendOutcome> {
  return mailer.send(mail).then(
    (info): SendOutcome => ({ sent: true, messageId: info.messageId }),
    (error: unknown): SendOutcome => {
      const e = error as NodemailerError;
      return {
        sent: false,
        error: (e?.response ?? e?.message ?? String(error)).slice(0, 500),
        permanent: isPermanentMailError(error),
      };
    },
  );
}

/** SMTP through nodemailer, from `NOTICEBOARD_SMTP_URL`; null when none is configured (mail stays in the outbox). */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(
    { url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
    { from: config.mailFrom },
  );
  return {
    async send(mail) {
      const info = await transport.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
