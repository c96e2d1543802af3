import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { log } from './db';
import { startBuilt, stop } from './procs';

const SMTP_PORT = Number(process.env['BENCH_SMTP_PORT'] ?? 2597);

/**
 * E-mails per second from the real worker (apps/worker) to a local SMTP server (smtp-server,
 * accepting everything, no TLS): the worker drains the e-mail jobs the sweep section left in the
 * bench Redis db. Counted over `seconds` from the first message received.
 */
export async function runSendBench(o: { env: Record<string, string>; logDir: string; seconds: number }): Promise<{ emailsPerSecond: number | null; sent?: number; seconds?: number; reason?: string }> {
  let received = 0;
  let first = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, cb) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        if (received === 1) first = Date.now();
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(SMTP_PORT, '127.0.0.1', resolve));
  const worker = startBuilt('worker', { ...o.env, SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}` }, join(o.logDir, 'worker.log'));
  try {
    const until = Date.now() + 120_000;
    while (!first && Date.now() < until && worker.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    if (!first)
      return { emailsPerSecond: null, reason: worker.exitCode !== null ? `worker exited (${worker.exitCode}); see tmp/bench/worker.log` : 'no e-mail arrived within 120 s of starting the worker' };
    const startCount = received;
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, o.seconds * 1000));
    const sent = received - startCount;
    const seconds = (Date.now() - t0) / 1000;
    log(`send: ${sent} e-mails in ${seconds.toFixed(1)} s`);
    return { emailsPerSecond: Math.round((sent / seconds) * 10) / 10, sent, seconds: Math.round(seconds) };
  } finally {
    await stop(worker);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
