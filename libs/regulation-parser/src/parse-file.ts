import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ParsedDocument } from './document';
import { assertSize, readDocumentText, type ReadOptions } from './input/read-document';
import { parseText } from './parse-text';

export type ParseOptions = ReadOptions;

/** Parses a regulation from bytes (.txt/.md in any common encoding, .docx, .doc, .ofd, or a .pdf with or without a text layer). */
export async function parseBuffer(buffer: Buffer, fileName: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const { text, info, ocr } = await readDocumentText(buffer, fileName, options);
  const parsed = parseText(text, { fileName });
  // An OFD's DocInfo fills what the text leaves open; the text's own title and dates win.
  if (info) {
    parsed.document.title ??= info.title;
    parsed.document.publishedOn ??= info.createdOn;
  }
  return ocr ? { ...parsed, ocr } : parsed;
}

/** Parses a regulation file; the size limit is checked before the file is read. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const fileName = basename(path);
  assertSize((await stat(path)).size, fileName, options.maxBytes);
  return parseBuffer(await readFile(path), fileName, options);
}
