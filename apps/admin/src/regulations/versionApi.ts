import { apiCall, apiUpload } from '../api/http';
import type { AmendmentReport } from '@luyue/contracts';

export interface VersionSource {
  file: File | null;
  text: string;
  fileName: string;
}

/** POST /regulations/:id/versions with a file (multipart) or pasted text (JSON); dryRun only compares. */
export function postVersion(
  regulationId: string,
  source: VersionSource,
  dryRun: boolean,
): Promise<AmendmentReport> {
  const path = `/regulations/${encodeURIComponent(regulationId)}/versions${dryRun ? '?dryRun=true' : ''}`;
  if (source.file) return apiUpload<AmendmentReport>(path, source.file);
  return apiCall<AmendmentReport>(path, {
    method: 'POST',
    body: {
      text: source.text,
      fileName: source.fileName.trim() || 'pasted.txt',
    },
  });
}
