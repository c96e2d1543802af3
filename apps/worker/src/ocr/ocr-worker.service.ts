import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type ConnectionOptions, type Job, Worker } from 'bullmq';
import { EnvironmentVariables, redisOptionsFromUrl } from '@luyue/config';
import { type OcrJobPayload, type OcrJobResult, QUEUE_OCR } from '@luyue/contracts';
import { QUEUE_PREFIX } from '@luyue/queue';
import { readDocumentText } from '@luyue/regulation-parser';

/**
 * Reads the long scans the api hands over: rasterise and OCR each page (poppler + Tesseract, one
 * process per core), reporting `{ done, total }` pages as the job's progress. One scan at a time:
 * the OCR already uses every core. The lock is renewed while the pages are read, so only a dead
 * worker's job is redelivered.
 */
@Injectable()
export class OcrWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OcrWorkerService.name);
  private worker?: Worker<OcrJobPayload, OcrJobResult>;

  constructor(private readonly env: EnvironmentVariables) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<OcrJobPayload, OcrJobResult>(QUEUE_OCR, (job) => this.read(job), {
      connection: redisOptionsFromUrl(this.env.REDIS_URL) as ConnectionOptions,
      prefix: QUEUE_PREFIX,
      concurrency: 1,
      lockDuration: Math.max(this.env.QUEUE_LOCK_DURATION_MS, 30_000),
    });
    this.worker.on('failed', (job, err) => this.logger.warn(`OCR of ${job?.data.fileName} failed: ${err.message}`));
    this.worker.on('error', (err) => this.logger.error(`${QUEUE_OCR}: ${err.message}`));
  }

  private async read(job: Job<OcrJobPayload, OcrJobResult>): Promise<OcrJobResult> {
    const { fileName, pdfBase64 } = job.data;
    const progress: Promise<void>[] = [];
    const source = await readDocumentText(Buffer.from(pdfBase64, 'base64'), fileName, {
      ocr: { onPage: (done, total) => progress.push(job.updateProgress({ done, total })) },
    });
    await Promise.all(progress);
    return { fileName, text: source.text, ocr: source.ocr ?? null };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
