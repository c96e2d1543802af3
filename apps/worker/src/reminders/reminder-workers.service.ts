import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type ConnectionOptions, Worker } from 'bullmq';
import { EnvironmentVariables, redisOptionsFromUrl } from '@luyue/config';
import { QUEUE_EMAIL, QUEUE_SWEEP } from '@luyue/contracts';
import { type Mailer } from '@luyue/mail';
import { QUEUE_PREFIX, ReminderProducer } from '@luyue/queue';
import { EmailProcessor } from './email.processor';
import { SweepProcessor } from './sweep.processor';
import { MAILER } from './tokens';

/**
 * Runs the BullMQ workers of the reminder queues and upserts the daily sweep scheduler.
 * Workers are created here (not with @Processor) so concurrency and lock duration come
 * from the validated config: after a crash, jobs the dead worker held are redelivered
 * once their lock (QUEUE_LOCK_DURATION_MS) expires.
 */
@Injectable()
export class ReminderWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderWorkersService.name);
  private workers: Worker[] = [];

  constructor(
    private readonly env: EnvironmentVariables,
    private readonly producer: ReminderProducer,
    private readonly sweep: SweepProcessor,
    private readonly email: EmailProcessor,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const base = {
      connection: redisOptionsFromUrl(this.env.REDIS_URL) as ConnectionOptions,
      prefix: QUEUE_PREFIX,
      lockDuration: this.env.QUEUE_LOCK_DURATION_MS,
      stalledInterval: this.env.QUEUE_LOCK_DURATION_MS,
    };
    this.workers = [
      new Worker(QUEUE_SWEEP, (job) => this.sweep.process(job), { ...base, concurrency: 1 }),
      // A job whose worker died is redelivered; allow a few such crashes before giving up.
      new Worker(QUEUE_EMAIL, (job) => this.email.process(job), { ...base, concurrency: this.env.EMAIL_CONCURRENCY, maxStalledCount: 3 }),
    ];
    for (const worker of this.workers) {
      worker.on('failed', (job, err) => this.logger.warn(`${worker.name} job ${job?.id} attempt ${job?.attemptsMade} failed: ${err.message}`));
      worker.on('error', (err) => this.logger.error(`${worker.name}: ${err.message}`));
    }
    const [, emailWorker] = this.workers;
    emailWorker.on('failed', (job, err) => {
      if (!job) return;
      // 'failed' fires for every attempt; only a job in the failed set is final.
      void job
        .getState()
        .then((state) => (state === 'failed' ? this.email.onFinallyFailed(job, err) : undefined))
        .catch((e: Error) => this.logger.error(`could not record the failure of ${job.id}: ${e.message}`));
    });
    await this.producer.scheduleDailySweep(this.env.SWEEP_CRON, this.env.APP_TIME_ZONE);
    this.logger.log(`reminder sweep scheduled '${this.env.SWEEP_CRON}' (${this.env.APP_TIME_ZONE}); mail via ${redactUrl(this.env.SMTP_URL)}`);
  }

  async onApplicationShutdown(): Promise<void> {
    // Lets in-flight jobs finish (each marks its row) before the connections go.
    await Promise.all(this.workers.map((w) => w.close()));
    this.mailer.close();
  }
}

function redactUrl(url: string | undefined): string {
  if (!url) return '(SMTP_URL unset)';
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
