import { createTransport, type Transporter } from 'nodemailer';

export type Mailer = Transporter;

/**
 * A pooled SMTP transport for SMTP_URL. Short timeouts: a failed attempt is retried
 * by the queue with backoff, so hanging on a dead server only delays everything else.
 */
export function createMailer(smtpUrl: string, options: { maxConnections?: number } = {}): Mailer {
  return createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: options.maxConnections ?? 5,
    maxMessages: 500,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // No silent re-sends inside the pool: the queue owns retries (backoff, attempts on the row).
    maxRequeues: 0,
  });
}

/**
 * A 5xx reply to the recipient or the message (550 no such user, 552/554 rejected) will
 * not change on retry; anything else (connection refused, timeouts, 4xx, auth trouble
 * that an operator may fix) is worth retrying.
 */
export function isPermanentSmtpError(err: unknown): boolean {
  const e = err as { responseCode?: number; code?: string } | null;
  const code = e?.responseCode;
  if (typeof code !== 'number' || code < 500 || code > 599) return false;
  return e?.code === 'EENVELOPE' || e?.code === 'EMESSAGE';
}

/** A short, single-line reason to store on a failed notification. */
export function smtpErrorReason(err: unknown): string {
  const e = err as { responseCode?: number; code?: string; response?: string; message?: string } | null;
  const text = e?.response ?? e?.message ?? String(err);
  return [e?.code, e?.responseCode, text]
    .filter((p) => p !== undefined && p !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .slice(0, 500);
}
