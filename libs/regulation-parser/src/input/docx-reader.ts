import JSZip from 'jszip';
import * as mammoth from 'mammoth';
import { htmlToText } from './docx-html';

/** Largest total uncompressed size of a .docx package we will inflate (a zip bomb stops here). */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

/**
 * Plain text of a .docx body, one paragraph per line; a document with tables (a 分工表) is read
 * from mammoth's HTML so each table row stays one markdown row with its columns.
 * Throws on a corrupt or oversized package.
 */
export async function readDocx(buffer: Buffer): Promise<string> {
  await assertInflatedSize(buffer);
  const html = await mammoth.convertToHtml({ buffer });
  if (/<table[\s>]/.test(html.value)) return htmlToText(html.value);
  const result = await mammoth.extractRawText({ buffer });
  // mammoth separates paragraphs with a blank line; a single newline keeps the parser's line logic.
  return result.value.replace(/\n\n/g, '\n');
}

// The zip's central directory declares each entry's uncompressed size; read it without inflating.
async function assertInflatedSize(buffer: Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(buffer);
  let total = 0;
  zip.forEach((_path, entry) => {
    total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (total > MAX_DOCX_UNCOMPRESSED_BYTES) {
    throw new Error(`the package inflates to ${total} bytes, over the ${MAX_DOCX_UNCOMPRESSED_BYTES}-byte limit`);
  }
}
