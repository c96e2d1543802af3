import Redis from 'ioredis';
import { Queue } from 'bullmq';
import { AppContext, RunReminderSweepUseCase, appSettingsFrom, reminderConfigFrom } from '@luyue/application';
import { loadEnv, redisOptionsFromUrl, resetEnvCache } from '@luyue/config';
import { createAppDataSource, createDataAccess } from '@luyue/persistence';
import { ReminderProducer, emailJobOptions, EMAIL_JOB_NAME, QUEUE_PREFIX } from '@luyue/queue';
import { notificationJobId } from '@luyue/contracts';
import { log, withClient } from './db';

export interface SweepBench {
  reminders: number | null;
  sweepSeconds: number | null;
  bareAddBulkSeconds: number | null;
  selectInsertSeconds?: number | null;
  enqueueSeconds?: number | null;
  /** sweepSeconds ÷ bareAddBulkSeconds, measured in the same run. */
  ratio: number | null;
  reason?: string;
}

/** Empties one of the benchmark's own Redis databases (index ≥ 9). */
export async function flushBenchRedis(url: string): Promise<void> {
  const db = Number(new URL(url).pathname.slice(1));
  if (!(db >= 9)) throw new Error(`refusing to flush redis db ${db}`);
  const r = new Redis(url);
  await r.flushdb();
  r.disconnect();
}

/**
 * The daily sweep in-process (RunReminderSweepUseCase, as the worker's sweep job runs it) for `day` on a
 * clean outbox and queue: selection, notification rows in batches, each batch's e-mail jobs
 * enqueued while the next is written. Then a bare BullMQ addBulk of the same jobs (same names,
 * options, ids and addBulk sizes) into another Redis db. `enqueueSeconds` is the time an addBulk was in
 * flight during the sweep (it overlaps the SQL); `selectInsertSeconds` is the same sweep run just
 * before on an empty outbox with a queue that takes nothing (the SQL alone).
 */
export async function runSweepBench(o: { databaseUrl: string; redisUrl: string; bareRedisUrl: string; day: string; env: Record<string, string> }): Promise<SweepBench> {
  Object.assign(process.env, o.env);
  resetEnvCache();
  const env = loadEnv();
  await withClient(o.databaseUrl, (c) => c.query('TRUNCATE notifications'));
  await flushBenchRedis(o.redisUrl);
  await flushBenchRedis(o.bareRedisUrl);
  const ds = createAppDataSource(env); // as the worker runs it: luyue_app, with its statement_timeout
  await ds.initialize();
  const producer = ReminderProducer.connect(env);
  // Enqueue calls overlap the sweep's SQL: record when each ran and how many jobs it carried.
  const calls: { start: bigint; end: bigint; size: number }[] = [];
  const timedQueue = {
    async enqueueEmails(n: readonly { id: string; key: string }[]) {
      const start = process.hrtime.bigint();
      const r = await producer.enqueueEmails(n);
      calls.push({ start, end: process.hrtime.bigint(), size: n.length });
      return r;
    },
  };
  let keys: { id: string; key: string }[] = [];
  try {
    await producer.emailQueue.waitUntilReady();
    // The SQL alone first: the same sweep with a queue that takes nothing, then an empty outbox again.
    const s0 = process.hrtime.bigint();
    await new RunReminderSweepUseCase(new AppContext(createDataAccess(ds), appSettingsFrom(env)), reminderConfigFrom(env), { enqueueEmails: async (n) => n.length }).execute({
      today: o.day as never,
      sweepId: `bench-sql-${Date.now()}`,
    });
    const sqlSeconds = Number(process.hrtime.bigint() - s0) / 1e9;
    log(`sweep without enqueueing (the SQL alone): ${sqlSeconds.toFixed(2)} s`);
    await withClient(o.databaseUrl, (c) => c.query('TRUNCATE notifications'));
    const sweep = new RunReminderSweepUseCase(new AppContext(createDataAccess(ds), appSettingsFrom(env)), reminderConfigFrom(env), timedQueue);
    const t0 = process.hrtime.bigint();
    const result = await sweep.execute({ today: o.day as never, sweepId: `bench-${Date.now()}` });
    const sweepSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const enqueueSeconds = calls.reduce((sum, c) => sum + Number(c.end - c.start), 0) / 1e9;
    log(`sweep ${o.day}: ${JSON.stringify(result)} in ${sweepSeconds.toFixed(2)} s (an addBulk in flight for ${enqueueSeconds.toFixed(2)} s, ${calls.length} calls)`);
    keys = await ds.query(`SELECT id, key FROM notifications WHERE day = $1 ORDER BY created_at, id`, [o.day]);

    // Bare addBulk: the same jobs with the same names, options and ids, in addBulk calls of the
    // same sizes as the sweep's, one after the other, nothing else.
    const bare = new Queue('luyue-email', { connection: redisOptionsFromUrl(o.bareRedisUrl) as never, prefix: QUEUE_PREFIX });
    await bare.waitUntilReady();
    const opts = emailJobOptions(env);
    const b0 = process.hrtime.bigint();
    let from = 0;
    for (const { size } of calls) {
      await bare.addBulk(keys.slice(from, from + size).map((n) => ({ name: EMAIL_JOB_NAME, data: { notificationId: n.id }, opts: { ...opts, jobId: notificationJobId(n.key) } })));
      from += size;
    }
    const bareAddBulkSeconds = Number(process.hrtime.bigint() - b0) / 1e9;
    await bare.close();
    await flushBenchRedis(o.bareRedisUrl);
    log(`bare addBulk of ${from} jobs: ${bareAddBulkSeconds.toFixed(2)} s`);
    const r = (n: number) => Math.round(n * 100) / 100;
    return {
      reminders: result.created,
      sweepSeconds: r(sweepSeconds),
      bareAddBulkSeconds: r(bareAddBulkSeconds),
      selectInsertSeconds: r(sqlSeconds),
      enqueueSeconds: r(enqueueSeconds),
      ratio: r(sweepSeconds / bareAddBulkSeconds),
    };
  } finally {
    await producer.close();
    await ds.destroy();
  }
}
