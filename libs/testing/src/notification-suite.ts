import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { AppContext } from '@luyue/application';
import { redisOptionsFromUrl, validateEnv } from '@luyue/config';
import { createAppDataSource, createDataAccess, createDataSource } from '@luyue/persistence';
import { resetDatabase } from './reset-database';
import { SmtpSink } from './smtp-sink';
import { WorkerProcess } from './worker-process';
import { claimRedisForWorker } from './worker-redis';

export const MAIL_FROM = '履约测试 <noreply@luyue.test>';
export const BASE_URL = 'https://luyue.test';

/** What the notification suites share: both connections, an SMTP sink, a worker polling the outbox fast. */
export interface NotificationSuite {
  owner: DataSource;
  app: DataSource;
  sink: SmtpSink;
  worker: WorkerProcess;
  /** The use cases' context, as the api builds it. */
  ctx: AppContext;
  stop(): Promise<void>;
}

/** Empty database and Redis index, a sink, and the worker (extra env on top of the suite's). */
export async function startNotificationSuite(extraWorkerEnv: Record<string, string> = {}): Promise<NotificationSuite> {
  const env = validateEnv({ ...process.env, MAIL_FROM, APP_BASE_URL: BASE_URL });
  const owner = await createDataSource(env.DATABASE_URL).initialize();
  const app = await createAppDataSource(env).initialize();
  const redis = new Redis(redisOptionsFromUrl(env.REDIS_URL));
  await claimRedisForWorker(redis, env.REDIS_URL);
  redis.disconnect();
  await resetDatabase(owner);
  const sink = new SmtpSink();
  await sink.start();
  const worker = new WorkerProcess({
    SMTP_URL: sink.url,
    MAIL_FROM,
    APP_BASE_URL: BASE_URL,
    EMAIL_BACKOFF_MS: '200',
    OUTBOX_POLL_MS: '300',
    QUEUE_LOCK_DURATION_MS: '2000',
    LOG_LEVEL: 'error',
    ...extraWorkerEnv,
  });
  await worker.start();
  const ctx = new AppContext(createDataAccess(app), { timeZone: 'Asia/Shanghai', yellowDays: 3, evidenceDir: 'tmp/ntf-evidence', evidenceMaxBytes: 1024, mailFrom: MAIL_FROM });
  return {
    owner,
    app,
    sink,
    worker,
    ctx,
    async stop() {
      await worker.stop();
      await sink.stop();
      await app.destroy();
      await owner.destroy();
    },
  };
}
