import type { OcrJobStatusDto } from '@luyue/contracts';
import { apiCall } from '../api/http';

/** The import's answer for a long scan: the worker reads it (202). */
export interface OcrQueued {
  ocrJobId: string;
  pages: number;
  fileName: string;
}

export const isOcrQueued = (answer: unknown): answer is OcrQueued =>
  typeof answer === 'object' && answer !== null && typeof (answer as OcrQueued).ocrJobId === 'string';

const POLL_MS = 1000;

/** Polls the OCR job until it ends, reporting each state; answers the completed job (throws on failure). */
export async function waitForOcr(
  jobId: string,
  onStatus: (status: OcrJobStatusDto) => void,
): Promise<OcrJobStatusDto> {
  for (;;) {
    const status = await apiCall<OcrJobStatusDto>(`/regulations/ocr-jobs/${encodeURIComponent(jobId)}`);
    onStatus(status);
    if (status.state === 'completed') return status;
    if (status.state === 'failed') throw new Error(status.error ?? 'OCR failed');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
