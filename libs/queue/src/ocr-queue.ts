import { redisOptionsFromUrl } from '@luyue/config';
import { type OcrJobPayload, type OcrJobResult, type OcrJobStatusDto, QUEUE_OCR } from '@luyue/contracts';
import { type ConnectionOptions, Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { QUEUE_PREFIX } from './reminder-queues';

export const OCR_JOB_NAME = 'ocr';
const HOUR = 3600;

const STATES: Record<string, OcrJobStatusDto['state']> = {
  waiting: 'waiting',
  delayed: 'waiting',
  prioritized: 'waiting',
  'waiting-children': 'waiting',
  active: 'active',
  completed: 'completed',
  failed: 'failed',
};

/** The api's side of the OCR queue: start a job, read its state, progress and result. */
export class OcrJobs {
  constructor(readonly queue: Queue<OcrJobPayload, OcrJobResult>) {}

  static connect(redisUrl: string): OcrJobs {
    return new OcrJobs(new Queue(QUEUE_OCR, { connection: redisOptionsFromUrl(redisUrl) as ConnectionOptions, prefix: QUEUE_PREFIX }));
  }

  async close(): Promise<void> {
    await this.queue.close();
  }

  /** One attempt: a scan that fails to read fails the same way again; the importer sees the error. */
  async start(payload: OcrJobPayload): Promise<string> {
    const id = randomUUID();
    await this.queue.add(OCR_JOB_NAME, payload, { jobId: id, attempts: 1, removeOnComplete: { age: HOUR }, removeOnFail: { age: HOUR } });
    return id;
  }

  async status(id: string): Promise<OcrJobStatusDto | null> {
    // State first, then the job: the worker's completion stores the result and moves the job to
    // `completed` in one script, so a job read after a `completed` state has its result. Read the
    // other way round, a job completing in between answered `completed` with a null result.
    const raw = await this.queue.getJobState(id);
    const job = await Job.fromId<OcrJobPayload, OcrJobResult>(this.queue, id);
    if (!job || raw === 'unknown') return null;
    const state = STATES[raw] ?? 'waiting';
    const progress = typeof job.progress === 'object' && job.progress !== null ? (job.progress as { done?: number; total?: number }) : {};
    return {
      id,
      state,
      progress: { done: Number(progress.done ?? 0), total: Number(progress.total ?? 0) },
      result: state === 'completed' ? job.returnvalue : null,
      error: state === 'failed' ? (job.failedReason ?? 'failed') : null,
    };
  }
}
