import { ErrorCode, type OcrJobPayload, type OcrJobStatusDto } from '@luyue/contracts';
import { type Actor, DomainError, ForbiddenActionError, NotFoundError, canImport } from '@luyue/domain';
import { MAX_OCR_PAGES, RegulationParseError, assertOcrTools, scanPageCount } from '@luyue/regulation-parser';

/** Where long scans are read: the worker's OCR queue (OcrJobs in @luyue/queue). */
export interface OcrJobQueue {
  start(payload: OcrJobPayload): Promise<string>;
  status(id: string): Promise<OcrJobStatusDto | null>;
}

/** Scans of up to this many pages are read within the import request (about 10 s a page on 2 cores). */
export const OCR_INLINE_MAX_PAGES = 3;

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A scanned PDF of more than a few pages is handed to the worker, so the api stays responsive:
 * the importer polls the job, then imports its text. Shorter scans, scans over the page cap (the
 * reader refuses them, 413) and every other file are read in the request as before.
 */
export class ScanOcrUseCase {
  constructor(
    private readonly jobs: OcrJobQueue,
    private readonly inlineMaxPages = OCR_INLINE_MAX_PAGES,
  ) {}

  async startIfLong(actor: Actor, buffer: Buffer, fileName: string): Promise<{ ocrJobId: string; pages: number } | null> {
    if (!canImport(actor)) throw new ForbiddenActionError('import regulations');
    const pages = await scanPageCount(buffer);
    if (pages <= this.inlineMaxPages || pages > MAX_OCR_PAGES) return null;
    try {
      await assertOcrTools(fileName);
    } catch (error) {
      if (error instanceof RegulationParseError) throw new DomainError(ErrorCode.UnsupportedType, error.message, { parseError: error.code, fileName });
      throw error;
    }
    return { ocrJobId: await this.jobs.start({ fileName, pdfBase64: buffer.toString('base64') }), pages };
  }

  async status(actor: Actor, id: string): Promise<OcrJobStatusDto> {
    if (!canImport(actor)) throw new ForbiddenActionError('import regulations');
    const status = JOB_ID.test(id) ? await this.jobs.status(id) : null;
    if (!status) throw new NotFoundError('OCR job', id);
    return status;
  }
}
