import type {
  AmendmentReport,
  ImportedRegulationDto,
  ImportPreviewDto,
  OcrJobStatusDto,
  OcrQueuedDto,
} from '@luyue/contracts';
import { apiCall, apiUpload } from './http';

// The regulation endpoints beyond CRUD: import (preview or save), a long scan's OCR job, a new version.

/** A file (sent as multipart) or pasted text (JSON), plus the import's optional choices. */
export interface RegulationSource {
  file: File | null;
  text: string;
  fileName: string;
  jurisdiction?: string;
  defaultLeadBodyId?: string;
}

/** What POST /regulations/import answers: the preview (dryRun), the saved regulation, or a queued OCR job (202). */
export type ImportAnswer<DryRun extends boolean> =
  | (DryRun extends true ? ImportPreviewDto : ImportedRegulationDto)
  | OcrQueuedDto;

export const isOcrQueued = (answer: unknown): answer is OcrQueuedDto =>
  typeof answer === 'object' &&
  answer !== null &&
  typeof (answer as OcrQueuedDto).ocrJobId === 'string';

function postSource<T>(path: string, source: RegulationSource): Promise<T> {
  // Empty choices are left out so the api applies its own guesses.
  const options: Record<string, string> = {};
  if (source.jurisdiction?.trim())
    options['jurisdiction'] = source.jurisdiction.trim();
  if (source.defaultLeadBodyId)
    options['defaultLeadBodyId'] = source.defaultLeadBodyId;
  if (source.file) return apiUpload<T>(path, source.file, options);
  return apiCall<T>(path, {
    method: 'POST',
    body: {
      text: source.text,
      fileName: source.fileName.trim() || 'pasted.txt',
      ...options,
    },
  });
}

const regulationPath = (id: string) => `/regulations/${encodeURIComponent(id)}`;

export const regulationActions = {
  /** dryRun only previews. */
  importRegulation: async <DryRun extends boolean>(
    source: RegulationSource,
    dryRun: DryRun,
  ) => ({
    data: await postSource<ImportAnswer<DryRun>>(
      `/regulations/import${dryRun ? '?dryRun=true' : ''}`,
      source,
    ),
  }),
  ocrJob: async (jobId: string) => ({
    data: await apiCall<OcrJobStatusDto>(
      `/regulations/ocr-jobs/${encodeURIComponent(jobId)}`,
    ),
  }),
  /** An amended text: dryRun answers the side-by-side report, otherwise it is applied. */
  addVersion: async (
    regulationId: string,
    source: RegulationSource,
    dryRun: boolean,
  ) => ({
    data: await postSource<AmendmentReport>(
      `${regulationPath(regulationId)}/versions${dryRun ? '?dryRun=true' : ''}`,
      { file: source.file, text: source.text, fileName: source.fileName },
    ),
  }),
};
