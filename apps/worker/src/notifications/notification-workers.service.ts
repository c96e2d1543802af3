import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type ConnectionOptions, Worker } from 'bullmq';
import { RelayOutboxUseCase } from '@luyue/application';
import { EnvironmentVariables, redisOptionsFromUrl } from '@luyue/config';
import { QUEUE_ROBOT } from '@luyue/contracts';
import { QUEUE_PREFIX, RobotProducer } from '@luyue/queue';
import { RobotProcessor } from './robot.processor';

/**
 * One robot message at a time per worker: a robot has no idempotency key, so a worker killed
 * mid-send resends what it had in flight — one message at most. At ~100 ms a post that is still
 * 600 a minute, enough for 30 webhooks at the vendors' 20 a minute; more workers add more.
 */
const ROBOT_CONCURRENCY = 1;

/** The robot queue's worker and the outbox relay timer (notices written by transitions, robot rows). */
@Injectable()
export class NotificationWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationWorkersService.name);
  private worker?: Worker;
  private timer?: NodeJS.Timeout;
  private relaying?: Promise<unknown>;

  constructor(
    private readonly env: EnvironmentVariables,
    private readonly robot: RobotProcessor,
    private readonly relay: RelayOutboxUseCase,
    private readonly producer: RobotProducer,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker(QUEUE_ROBOT, (job, token) => this.robot.process(job, token), {
      connection: redisOptionsFromUrl(this.env.REDIS_URL) as ConnectionOptions,
      prefix: QUEUE_PREFIX,
      concurrency: ROBOT_CONCURRENCY,
      lockDuration: this.env.QUEUE_LOCK_DURATION_MS,
      stalledInterval: this.env.QUEUE_LOCK_DURATION_MS,
      maxStalledCount: 3,
    });
    this.worker.on('error', (err) => this.logger.error(`${QUEUE_ROBOT}: ${err.message}`));
    this.worker.on('failed', (job, err) => {
      if (!job) return;
      void job
        .getState()
        .then((state) => (state === 'failed' ? this.robot.onFinallyFailed(job, err) : undefined))
        .catch((e: Error) => this.logger.error(`could not record the failure of ${job.id}: ${e.message}`));
    });
    this.timer = setInterval(() => this.tick(), this.env.OUTBOX_POLL_MS);
    this.tick();
  }

  private tick(): void {
    if (this.relaying) return; // one pass at a time
    this.relaying = this.relay
      .execute()
      .catch((err: Error) => this.logger.warn(`outbox relay: ${err.message}`))
      .finally(() => (this.relaying = undefined));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.relaying;
    await this.worker?.close();
    await this.producer.close();
  }
}
