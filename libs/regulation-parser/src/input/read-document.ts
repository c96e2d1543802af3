import { RegulationParseError } from '../errors';
import { decodeText } from './decode-text';
import { readDoc } from './doc-reader';
import { readDocx } from './docx-reader';
import type { OcrReport, OcrOptions } from './ocr/ocr-report';
import { readOfd, type OfdDocInfo } from './ofd/ofd-reader';
import { readPdfOrScan } from './pdf-or-scan';
import { sniffFormat, type InputFormat } from './sniff-format';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  ocr?: OcrOptions;
}

/** The document's text and what its container says beside it. */
export interface DocumentSource {
  text: string;
  format: Exclude<InputFormat, 'binary'>;
  /** An OFD's DocInfo (title, creation date): used where the text says nothing. */
  info?: OfdDocInfo;
  /** A scanned PDF's OCR figures, per page. */
  ocr?: OcrReport;
}

/** Extensions whose content must keep the name's promise. */
const CLAIMED_FORMATS: Record<string, InputFormat> = { pdf: 'pdf', docx: 'docx', doc: 'doc', ofd: 'ofd' };

/** The document's text, whatever its format; typed errors for empty, binary, corrupt or oversized input. */
export async function readDocumentText(buffer: Buffer, fileName: string, options: ReadOptions = {}): Promise<DocumentSource> {
  assertSize(buffer.length, fileName, options.maxBytes);
  if (buffer.length === 0 || !buffer.toString('latin1').trim()) {
    throw new RegulationParseError('empty', fileName, 'the file is empty');
  }
  const format = sniffFormat(buffer);
  if (format === 'binary') throw new RegulationParseError('binary', fileName, 'not a text, .docx, .doc, .ofd or .pdf document');
  // Content decides the format (a .txt may hold anything), but a .pdf, .docx, .doc or .ofd name is
  // a claim the content must keep: a mismatch is refused rather than silently read as something else.
  const extension = /\.(pdf|docx|doc|ofd)$/i.exec(fileName)?.[1].toLowerCase();
  const claimed = extension ? CLAIMED_FORMATS[extension] : undefined;
  if (claimed && claimed !== format) {
    throw new RegulationParseError('type_mismatch', fileName, `the file is named .${extension} but its content is ${format}`);
  }
  const source = format === 'text' ? { text: decodeText(buffer), format } : await extract(format, buffer, fileName, options);
  if (!source.text.trim()) throw new RegulationParseError('empty', fileName, `the ${format} file contains no text`);
  return source;
}

export function assertSize(bytes: number, fileName: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (bytes > maxBytes) {
    throw new RegulationParseError('too_large', fileName, `the file is ${bytes} bytes, over the ${maxBytes}-byte limit`);
  }
}

async function extract(format: 'pdf' | 'docx' | 'doc' | 'ofd', buffer: Buffer, fileName: string, options: ReadOptions): Promise<DocumentSource> {
  try {
    switch (format) {
      case 'pdf':
        return { format, ...(await readPdfOrScan(buffer, fileName, options.ocr)) };
      case 'docx':
        return { format, text: await readDocx(buffer) };
      case 'doc':
        return { format, text: await readDoc(buffer) };
      case 'ofd': {
        const { text, info } = await readOfd(buffer, fileName);
        return { format, text, info };
      }
    }
  } catch (err) {
    // A reader's own verdict (a bomb, a page cap, missing OCR packages) stands; anything else
    // thrown while reading means the file is damaged.
    if (err instanceof RegulationParseError) throw err;
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new RegulationParseError('corrupt', fileName, `the ${format} file could not be read (${detail})`);
  }
}
