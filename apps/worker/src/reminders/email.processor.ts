import { Injectable } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { GiveUpNotificationUseCase, SendNotificationUseCase, type SendOutcome } from '@luyue/application';
import type { EmailJobPayload } from '@luyue/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** luyue-email: validate the payload, send that one notification. Retries come from thrown errors. */
@Injectable()
export class EmailProcessor {
  constructor(
    private readonly send: SendNotificationUseCase,
    private readonly giveUp: GiveUpNotificationUseCase,
  ) {}

  async process(job: Job<EmailJobPayload>): Promise<{ outcome: SendOutcome }> {
    const id = job.data?.notificationId;
    if (typeof id !== 'string' || !UUID.test(id)) throw new UnrecoverableError(`invalid payload: notificationId '${String(id)}'`);
    const outcome = await this.send.execute(id, { number: job.attemptsMade + 1, max: job.opts.attempts ?? 1 });
    return { outcome };
  }

  /** Called when BullMQ has failed the job for good (see ReminderWorkersService). */
  async onFinallyFailed(job: Job<EmailJobPayload>, err: Error): Promise<void> {
    const id = job.data?.notificationId;
    if (typeof id === 'string' && UUID.test(id)) await this.giveUp.execute(id, err.message);
  }
}
