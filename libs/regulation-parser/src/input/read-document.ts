import { RegulationParseError } from '../errors';
import { decodeText } from './decode-text';
import { readDocx } from './docx-reader';
import { readPdf } from './pdf-reader';
import { sniffFormat, type InputFormat } from './sniff-format';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
}

/** The document's text, whatever its format; typed errors for empty, binary, corrupt or oversized input. */
export async function readDocumentText(buffer: Buffer, fileName: string, options: ReadOptions = {}): Promise<{ text: string; format: InputFormat }> {
  assertSize(buffer.length, fileName, options.maxBytes);
  if (buffer.length === 0 || !buffer.toString('latin1').trim()) {
    throw new RegulationParseError('empty', fileName, 'the file is empty');
  }
  const format = sniffFormat(buffer);
  if (format === 'binary') throw new RegulationParseError('binary', fileName, 'not a text, .docx or .pdf document');
  // Content decides the format (a .txt may hold anything), but a .pdf or .docx name is a claim
  // the content must keep: a mismatch is refused rather than silently read as something else.
  const claimed = /\.(pdf|docx)$/i.exec(fileName)?.[1].toLowerCase();
  if (claimed && claimed !== format) {
    throw new RegulationParseError('type_mismatch', fileName, `the file is named .${claimed} but its content is ${format}`);
  }
  const text = format === 'text' ? decodeText(buffer) : await extract(format, buffer, fileName);
  if (!text.trim()) throw new RegulationParseError('empty', fileName, `the ${format} file contains no text`);
  return { text, format };
}

export function assertSize(bytes: number, fileName: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (bytes > maxBytes) {
    throw new RegulationParseError('too_large', fileName, `the file is ${bytes} bytes, over the ${maxBytes}-byte limit`);
  }
}

async function extract(format: 'pdf' | 'docx', buffer: Buffer, fileName: string): Promise<string> {
  try {
    return format === 'pdf' ? await readPdf(buffer) : await readDocx(buffer);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new RegulationParseError('corrupt', fileName, `the ${format} file could not be read (${detail})`);
  }
}
