import { EMAIL_JOB_NAME, DAILY_SWEEP_SCHEDULER_ID, QUEUE_PREFIX, SWEEP_JOB_NAME, SWEEP_JOB_OPTIONS, emailJobOptions, sweepJobId } from './reminder-queues';
import { QUEUE_EMAIL, QUEUE_SWEEP, notificationJobId, type EmailJobPayload, type SweepJobPayload } from '@luyue/contracts';
import { type EnvironmentVariables, redisOptionsFromUrl } from '@luyue/config';
import { type ConnectionOptions, type Job, Queue } from 'bullmq';

const ADD_BULK_MAX = 5000;

/**
 * Producer side of the reminder queues, shared by the worker (sweep → e-mails), the api
 * and the CLI. Payloads are ids only; job ids are derived from business keys.
 */
export class ReminderProducer {
  constructor(
    readonly sweepQueue: Queue<SweepJobPayload>,
    readonly emailQueue: Queue<EmailJobPayload>,
    private readonly env: Pick<EnvironmentVariables, 'EMAIL_ATTEMPTS' | 'EMAIL_BACKOFF_MS'>,
  ) {}

  /** For processes without Nest (the CLI): opens its own queues; call close() when done. */
  static connect(env: EnvironmentVariables): ReminderProducer {
    const opts = { connection: redisOptionsFromUrl(env.REDIS_URL) as ConnectionOptions, prefix: QUEUE_PREFIX };
    return new ReminderProducer(new Queue(QUEUE_SWEEP, opts), new Queue(QUEUE_EMAIL, opts), env);
  }

  async close(): Promise<void> {
    await Promise.all([this.sweepQueue.close(), this.emailQueue.close()]);
  }

  /** One sweep run for `today` now; same day + sweepId = same job. */
  async enqueueSweep(payload: Required<SweepJobPayload>): Promise<Job<SweepJobPayload>> {
    return this.sweepQueue.add(SWEEP_JOB_NAME, payload, { ...SWEEP_JOB_OPTIONS, jobId: sweepJobId(payload.today, payload.sweepId) });
  }

  /**
   * One job per notification row, id derived from its key (re-adding an existing id is a
   * no-op). The sweep calls it once per batch it wrote, so a batch is one addBulk; a longer list
   * (a resumed day) goes in addBulks of ADD_BULK_MAX.
   */
  async enqueueEmails(notifications: readonly { id: string; key: string }[]): Promise<number> {
    const opts = emailJobOptions(this.env);
    for (let i = 0; i < notifications.length; i += ADD_BULK_MAX) {
      await this.emailQueue.addBulk(
        notifications.slice(i, i + ADD_BULK_MAX).map((n) => ({
          name: EMAIL_JOB_NAME,
          data: { notificationId: n.id },
          opts: { ...opts, jobId: notificationJobId(n.key) },
        })),
      );
    }
    return notifications.length;
  }

  /** Creates or updates the daily sweep (cron evaluated in `timeZone`); safe on every start. */
  async scheduleDailySweep(cron: string, timeZone: string): Promise<void> {
    await this.sweepQueue.upsertJobScheduler(DAILY_SWEEP_SCHEDULER_ID, { pattern: cron, tz: timeZone }, { name: SWEEP_JOB_NAME, data: {}, opts: SWEEP_JOB_OPTIONS });
  }
}
