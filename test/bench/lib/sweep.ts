import Redis from 'ioredis';
import { Queue } from 'bullmq';
import { RunReminderSweep, reminderConfigFrom } from '@luyue/application';
import { loadEnv, redisOptionsFromUrl, resetEnvCache } from '@luyue/config';
import { createAppDataSource } from '@luyue/persistence';
import { ReminderProducer, emailJobOptions, EMAIL_JOB_NAME, QUEUE_PREFIX } from '@luyue/queue';
import { notificationJobId } from '@luyue/contracts';
import { log, withClient } from './db';

export interface SweepBench {
  reminders: number | null;
  sweepSeconds: number | null;
  bareAddBulkSeconds: number | null;
  selectInsertSeconds?: number | null;
  enqueueSeconds?: number | null;
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
 * The daily sweep in-process (RunReminderSweep, as the worker's sweep job runs it) for `day` on a
 * clean outbox and queue: selection + notification INSERT, then the e-mail jobs' addBulk. Then a
 * bare BullMQ addBulk of the same number of jobs (same names, options, ids, chunking) into another Redis db.
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
  let enqueueSeconds = 0;
  const timedQueue = {
    async enqueueEmails(n: readonly { id: string; key: string }[]) {
      const t = process.hrtime.bigint();
      const r = await producer.enqueueEmails(n);
      enqueueSeconds += Number(process.hrtime.bigint() - t) / 1e9;
      return r;
    },
  };
  let keys: { id: string; key: string }[] = [];
  try {
    await producer.emailQueue.waitUntilReady();
    const sweep = new RunReminderSweep(ds, reminderConfigFrom(env), timedQueue);
    const t0 = process.hrtime.bigint();
    const result = await sweep.execute({ today: o.day as never, sweepId: `bench-${Date.now()}` });
    const sweepSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    log(`sweep ${o.day}: ${JSON.stringify(result)} in ${sweepSeconds.toFixed(2)} s (enqueue ${enqueueSeconds.toFixed(2)} s)`);
    keys = await ds.query(`SELECT id, key FROM notifications WHERE day = $1 ORDER BY created_at, id`, [o.day]);

    // Bare addBulk: same jobs, same options and chunks of 1000, nothing else.
    const bare = new Queue('luyue-email', { connection: redisOptionsFromUrl(o.bareRedisUrl) as never, prefix: QUEUE_PREFIX });
    await bare.waitUntilReady();
    const opts = emailJobOptions(env);
    const b0 = process.hrtime.bigint();
    for (let i = 0; i < keys.length; i += 1000) {
      await bare.addBulk(keys.slice(i, i + 1000).map((n) => ({ name: EMAIL_JOB_NAME, data: { notificationId: n.id }, opts: { ...opts, jobId: notificationJobId(n.key) } })));
    }
    const bareAddBulkSeconds = Number(process.hrtime.bigint() - b0) / 1e9;
    await bare.close();
    await flushBenchRedis(o.bareRedisUrl);
    log(`bare addBulk of ${keys.length} jobs: ${bareAddBulkSeconds.toFixed(2)} s`);
    const r = (n: number) => Math.round(n * 100) / 100;
    return {
      reminders: result.created,
      sweepSeconds: r(sweepSeconds),
      bareAddBulkSeconds: r(bareAddBulkSeconds),
      selectInsertSeconds: r(sweepSeconds - enqueueSeconds),
      enqueueSeconds: r(enqueueSeconds),
    };
  } finally {
    await producer.close();
    await ds.destroy();
  }
}
