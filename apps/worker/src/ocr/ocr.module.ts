import { Module } from '@nestjs/common';
import { OcrWorkerService } from './ocr-worker.service';

@Module({ providers: [OcrWorkerService] })
export class OcrModule {}
