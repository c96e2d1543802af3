import { type EnvironmentVariables, redisOptionsFromUrl } from '@luyue/config';
import { type EmailJobPayload, QUEUE_ROBOT, robotJobId } from '@luyue/contracts';
import { type ConnectionOptions, type JobsOptions, Queue } from 'bullmq';
import { QUEUE_PREFIX, deliveryJobOptions } from './reminder-queues';

export const ROBOT_JOB_NAME = 'send-robot';

/** Robot jobs retry throttling and network errors: ROBOT_ATTEMPTS tries, ROBOT_BACKOFF_MS doubling. */
export function robotJobOptions(env: Pick<EnvironmentVariables, 'ROBOT_ATTEMPTS' | 'ROBOT_BACKOFF_MS'>): JobsOptions {
  return deliveryJobOptions(env.ROBOT_ATTEMPTS, env.ROBOT_BACKOFF_MS, 100_000);
}

/** Producer of the robot queue: one job per robot notification row, id from its key. */
export class RobotProducer {
  constructor(
    readonly queue: Queue<EmailJobPayload>,
    private readonly env: Pick<EnvironmentVariables, 'ROBOT_ATTEMPTS' | 'ROBOT_BACKOFF_MS'>,
  ) {}

  static connect(env: EnvironmentVariables): RobotProducer {
    return new RobotProducer(new Queue(QUEUE_ROBOT, { connection: redisOptionsFromUrl(env.REDIS_URL) as ConnectionOptions, prefix: QUEUE_PREFIX }), env);
  }

  async close(): Promise<void> {
    await this.queue.close();
  }

  async enqueueRobots(rows: readonly { id: string; key: string }[]): Promise<number> {
    const opts = robotJobOptions(this.env);
    for (let i = 0; i < rows.length; i += 1000) {
      await this.queue.addBulk(rows.slice(i, i + 1000).map((r) => ({ name: ROBOT_JOB_NAME, data: { notificationId: r.id }, opts: { ...opts, jobId: robotJobId(r.key) } })));
    }
    return rows.length;
  }
}
