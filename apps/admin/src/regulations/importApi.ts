import { apiCall, apiUpload } from '../api/http';
import type { ImportSource } from './ImportSourceForm';

/** POST /regulations/import with a file (multipart) or pasted text (JSON); dryRun only previews. */
export function postImport<T>(
  source: ImportSource,
  dryRun: boolean,
): Promise<T> {
  const path = `/regulations/import${dryRun ? '?dryRun=true' : ''}`;
  // Empty options are left out so the api applies its own guesses.
  const options: Record<string, string> = {};
  if (source.jurisdiction.trim())
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
