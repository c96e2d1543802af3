import type { EnvironmentVariables } from '@luyue/config';
import type { JobsOptions } from 'bullmq';

/** Redis key prefix of every Luyue queue (producers, workers and Bull Board must agree). */
export const QUEUE_PREFIX = 'luyue';

export const SWEEP_JOB_NAME = 'sweep';
export const EMAIL_JOB_NAME = 'send-email';
/** Job scheduler id of the daily sweep (upserted by the worker at start-up). */
export const DAILY_SWEEP_SCHEDULER_ID = 'daily-reminder-sweep';

const DAY = 24 * 3600;

/**
 * A delivery job (an e-mail, a robot message) retries with exponential backoff from `backoffMs`,
 * doubling. Completed jobs are kept a day (up to `keepCompleted`) so an accidental re-enqueue of
 * the same id is ignored by BullMQ; the notification row guards idempotency anyway.
 */
export function deliveryJobOptions(attempts: number, backoffMs: number, keepCompleted: number): JobsOptions {
  return {
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: { age: DAY, count: keepCompleted },
    removeOnFail: { age: 7 * DAY },
  };
}

/** E-mail jobs: EMAIL_ATTEMPTS tries, EMAIL_BACKOFF_MS doubling. */
export function emailJobOptions(env: Pick<EnvironmentVariables, 'EMAIL_ATTEMPTS' | 'EMAIL_BACKOFF_MS'>): JobsOptions {
  return deliveryJobOptions(env.EMAIL_ATTEMPTS, env.EMAIL_BACKOFF_MS, 200_000);
}

export const SWEEP_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 60_000 },
  removeOnComplete: { age: 7 * DAY },
  removeOnFail: { age: 30 * DAY },
};

/** BullMQ custom ids must not contain ':' (it separates Redis key parts). */
export function assertJobIdPart(value: string, what: string): void {
  if (!/^[A-Za-z0-9_.-]{1,120}$/.test(value)) throw new Error(`${what} must be 1-120 characters of [A-Za-z0-9_.-], got '${value}'`);
}

/** Deterministic job id of an on-demand sweep: enqueueing the same run twice is a no-op. */
export function sweepJobId(day: string, sweepId: string): string {
  assertJobIdPart(day, 'day');
  assertJobIdPart(sweepId, 'sweepId');
  return `sweep__${day}__${sweepId}`;
}
