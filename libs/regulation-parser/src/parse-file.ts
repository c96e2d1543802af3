import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ParsedDocument } from './document';
import { assertSize, readDocumentText, type ReadOptions } from './input/read-document';
import { parseText } from './parse-text';

export type ParseOptions = ReadOptions;

/** Parses a regulation from bytes (.txt/.md in any common encoding, .docx or .pdf). */
export async function parseBuffer(buffer: Buffer, fileName: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const { text } = await readDocumentText(buffer, fileName, options);
  return parseText(text, { fileName });
}

/** Parses a regulation file; the size limit is checked before the file is read. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const fileName = basename(path);
  assertSize((await stat(path)).size, fileName, options.maxBytes);
  return parseBuffer(await readFile(path), fileName, options);
}
