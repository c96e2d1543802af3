import { Injectable } from '@nestjs/common';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { FindRobotChannelUseCase, GiveUpNotificationUseCase, SendRobotNotificationUseCase, type SendOutcome } from '@luyue/application';
import type { EmailJobPayload } from '@luyue/contracts';
import { WebhookRateLimiter } from '@luyue/queue';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * luyue-robot: one robot message. The webhook's rate limit is reserved first; a full webhook
 * puts the job back to delayed until a slot frees (no attempt spent), so nothing is lost and
 * the vendor never sees more than ROBOT_RATE_MAX a window from us.
 */
@Injectable()
export class RobotProcessor {
  constructor(
    private readonly send: SendRobotNotificationUseCase,
    private readonly findChannel: FindRobotChannelUseCase,
    private readonly giveUp: GiveUpNotificationUseCase,
    private readonly limiter: WebhookRateLimiter,
  ) {}

  async process(job: Job<EmailJobPayload>, token?: string): Promise<{ outcome: SendOutcome }> {
    const id = job.data?.notificationId;
    if (typeof id !== 'string' || !UUID.test(id)) throw new UnrecoverableError(`invalid payload: notificationId '${String(id)}'`);
    const channelId = await this.findChannel.execute(id);
    if (!channelId) return { outcome: 'skipped' };
    const wait = await this.limiter.reserve(channelId, String(job.id));
    if (wait > 0) {
      await job.moveToDelayed(Date.now() + wait, token);
      throw new DelayedError();
    }
    return { outcome: await this.send.execute(id, { number: job.attemptsMade + 1, max: job.opts.attempts ?? 1 }) };
  }

  async onFinallyFailed(job: Job<EmailJobPayload>, err: Error): Promise<void> {
    const id = job.data?.notificationId;
    if (typeof id === 'string' && UUID.test(id)) await this.giveUp.execute(id, err.message);
  }
}
