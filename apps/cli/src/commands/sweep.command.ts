import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { sweepProgress, type SweepResult } from '@luyue/application';
import { loadEnv, redisOptionsFromUrl } from '@luyue/config';
import { isIsoDate, todayIn } from '@luyue/domain';
import { createAppDataSource, createDataAccess } from '@luyue/persistence';
import { ReminderProducer, WORKER_HEARTBEAT_KEY } from '@luyue/queue';
import type { CliCommand } from '../command';
import { CliError, log, printJson } from '../cli-output';

const POLL_MS = 250;
/** Without a worker heartbeat, give up this soon if nobody picks the job up. */
const NO_WORKER_GRACE_MS = 15_000;

/**
 * Runs one sweep now through the same path as the scheduled one: it enqueues a sweep job
 * (with the day and a fresh sweepId) that a running worker processes, then waits until every
 * notification that run created is sent or failed. It needs a running worker (`npm start`);
 * it does not start one itself, so a CLI run and the scheduled sweep share one set of
 * workers, limits and retries. Safe to run next to the scheduled sweep: notification keys
 * and job ids make the second run a no-op.
 */
export const sweepCommand: CliCommand = {
  summary: 'run the reminder sweep now (needs a running worker) and wait for the e-mails',
  options: { today: { type: 'string' }, json: { type: 'boolean' }, timeout: { type: 'string' } },
  async run(_positionals, values) {
    const env = loadEnv();
    const today = typeof values['today'] === 'string' ? values['today'] : todayIn(env.APP_TIME_ZONE);
    if (!isIsoDate(today)) throw new CliError(`--today must be a YYYY-MM-DD date, got '${today}'`, 2);
    const timeoutMs = Number(values['timeout'] ?? 300) * 1000;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new CliError('--timeout must be a number of seconds', 2);
    const deadline = Date.now() + timeoutMs;
    const sweepId = `cli-${randomUUID()}`;

    const redis = new Redis({ ...redisOptionsFromUrl(env.REDIS_URL), maxRetriesPerRequest: 1 });
    const producer = ReminderProducer.connect(env);
    const ds = createAppDataSource(env);
    try {
      const workerSeen = (await redis.get(WORKER_HEARTBEAT_KEY)) !== null;
      if (!workerSeen) log(`no worker heartbeat: is the worker running (npm start)? waiting ${NO_WORKER_GRACE_MS / 1000}s for one to pick the sweep up`);
      await ds.initialize();
      const job = await producer.enqueueSweep({ today, sweepId });
      log(`sweep ${sweepId} for ${today} enqueued (job ${job.id})`);

      // 1. The sweep job: selects, inserts notifications, enqueues e-mails.
      let result: SweepResult | undefined;
      const startedAt = Date.now();
      while (!result) {
        const current = await producer.sweepQueue.getJob(job.id as string);
        const state = current ? await current.getState() : 'unknown';
        if (state === 'completed') result = current?.returnvalue as unknown as SweepResult;
        else if (state === 'failed' && current && current.attemptsMade >= (current.opts.attempts ?? 1)) {
          throw new CliError(`sweep failed: ${current.failedReason}`);
        } else if (!workerSeen && state === 'waiting' && Date.now() - startedAt > NO_WORKER_GRACE_MS) {
          await current?.remove().catch(() => undefined);
          throw new CliError('no worker is running: start it (npm start) and run the sweep again', 3);
        } else if (Date.now() > deadline) {
          throw new CliError(`timed out waiting for the sweep job (state: ${state})`, 3);
        } else await sleep(POLL_MS);
      }
      log(`selected ${result.selected}, created ${result.created}, enqueued ${result.enqueued}; waiting for the e-mails`);

      // 2. Its e-mails: every notification this run created ends sent or failed (retries included).
      const notifications = createDataAccess(ds).repositories.notifications;
      let progress = await sweepProgress(notifications, sweepId);
      while (progress.pending > 0) {
        if (Date.now() > deadline) throw new CliError(`timed out with ${progress.pending} e-mail(s) still pending (sent ${progress.sent}, failed ${progress.failed})`, 3);
        await sleep(POLL_MS);
        progress = await sweepProgress(notifications, sweepId);
      }
      const summary = {
        day: today,
        sweepId,
        selected: result.selected,
        created: result.created,
        enqueued: result.enqueued,
        sent: progress.sent,
        failed: progress.failed,
      };
      if (values['json']) printJson(summary);
      else log(`sweep ${today}: selected ${summary.selected}, created ${summary.created}, enqueued ${summary.enqueued}, sent ${summary.sent}, failed ${summary.failed}`);
      return 0;
    } finally {
      await producer.close().catch(() => undefined);
      redis.disconnect();
      if (ds.isInitialized) await ds.destroy();
    }
  },
};
