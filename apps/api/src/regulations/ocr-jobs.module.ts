import { Module, type OnModuleDestroy } from '@nestjs/common';
import { EnvironmentVariables } from '@luyue/config';
import { ScanOcrUseCase } from '@luyue/application';
import { OcrJobs } from '@luyue/queue';

/** The OCR queue's producer for the import (long scans go to the worker). */
@Module({
  providers: [
    { provide: OcrJobs, inject: [EnvironmentVariables], useFactory: (env: EnvironmentVariables) => OcrJobs.connect(env.REDIS_URL) },
    { provide: ScanOcrUseCase, inject: [OcrJobs], useFactory: (jobs: OcrJobs) => new ScanOcrUseCase(jobs) },
  ],
  exports: [ScanOcrUseCase],
})
export class OcrJobsModule implements OnModuleDestroy {
  constructor(private readonly jobs: OcrJobs) {}

  async onModuleDestroy(): Promise<void> {
    await this.jobs.close();
  }
}
