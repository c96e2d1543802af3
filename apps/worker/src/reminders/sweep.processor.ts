import { Injectable } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { RunReminderSweepUseCase, type SweepResult } from '@luyue/application';
import type { SweepJobPayload } from '@luyue/contracts';
import { isIsoDate } from '@luyue/domain';

/** luyue-sweep: validate the payload, run one sweep (scheduled jobs carry no day: today in APP_TIME_ZONE). */
@Injectable()
export class SweepProcessor {
  constructor(private readonly sweep: RunReminderSweepUseCase) {}

  async process(job: Job<SweepJobPayload>): Promise<SweepResult> {
    const { today, sweepId } = job.data ?? {};
    if (today !== undefined && !isIsoDate(today)) throw new UnrecoverableError(`invalid payload: today '${String(today)}'`);
    if (sweepId !== undefined && (typeof sweepId !== 'string' || !/^[A-Za-z0-9_.-]{1,120}$/.test(sweepId))) {
      throw new UnrecoverableError(`invalid payload: sweepId '${String(sweepId)}'`);
    }
    // A scheduled run gets the job id as sweep id, so its retries share one id.
    return this.sweep.execute({ today, sweepId: sweepId ?? `scheduled-${String(job.id).replace(/[^A-Za-z0-9_.-]/g, '-')}` });
  }
}
