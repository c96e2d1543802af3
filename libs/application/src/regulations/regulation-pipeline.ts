import { ErrorCode, type RegulationKind } from '@luyue/contracts';
import { DomainError } from '@luyue/domain';
import { type ParsedDocument, RegulationParseError, parseBuffer, parseText, sniffFormat } from '@luyue/regulation-parser';
import { type ExtractionResult, extractObligations } from '@luyue/obligation-extractor';

// Parser and extractor behind one call, their typed failures turned into domain errors (400/413/415).

/** What the import reads, as said to a caller whose file was refused. */
export const ACCEPTED_TYPES = '.docx, .doc, .ofd, .pdf (with a text layer, or scanned), .md, .txt';

export interface RegulationSource {
  /** Uploaded bytes (txt/md in any common encoding, docx, doc, ofd, pdf with or without a text layer) … */
  buffer?: Buffer;
  /** … or pasted text. */
  text?: string;
  fileName: string;
}

export interface ParsedRegulation {
  parsed: ParsedDocument;
  extraction: ExtractionResult;
  bytes: Buffer;
  format: string;
}

const STATUS_BY_PARSE_ERROR: Record<string, ErrorCode> = {
  too_large: ErrorCode.PayloadTooLarge,
  binary: ErrorCode.UnsupportedType,
  type_mismatch: ErrorCode.UnsupportedType,
  unsupported: ErrorCode.UnsupportedType,
};

function sourceFormat(bytes: Buffer, fileName: string): string {
  const format = sniffFormat(bytes);
  if (format !== 'text' && format !== 'binary') return format;
  return /\.md$/i.test(fileName) ? 'md' : 'txt';
}

export async function parseRegulation(source: RegulationSource, maxBytes: number): Promise<ParsedRegulation> {
  const bytes = source.buffer ?? Buffer.from(source.text ?? '', 'utf8');
  let parsed: ParsedDocument;
  try {
    parsed = source.buffer ? await parseBuffer(source.buffer, source.fileName, { maxBytes }) : parseText(source.text ?? '', { fileName: source.fileName });
  } catch (error) {
    if (error instanceof RegulationParseError) {
      // A file of a kind the import does not read says which kinds it does.
      const message = error.code === 'binary' || error.code === 'type_mismatch' ? `${error.message}; accepted: ${ACCEPTED_TYPES}` : error.message;
      throw new DomainError(STATUS_BY_PARSE_ERROR[error.code] ?? ErrorCode.ValidationFailed, message, { parseError: error.code, fileName: source.fileName });
    }
    throw error;
  }
  const extraction = extractObligations(parsed);
  // A text in paragraphs is read for its duties; one with neither units nor duties (random bytes
  // that decoded to characters, a cover letter) would import as an empty regulation.
  if (parsed.unitCount === 0 && extraction.obligations.length === 0) {
    throw new DomainError(ErrorCode.ValidationFailed, `${source.fileName}: no numbered articles or tasks and no obligations were found; nothing to track`, {
      parseError: 'nothing_found',
      fileName: source.fileName,
    });
  }
  return { parsed, extraction, bytes, format: sourceFormat(bytes, source.fileName) };
}

export function isRegulationKind(value: unknown): value is RegulationKind {
  return value === 'law' || value === 'local_regulation' || value === 'plan' || value === 'notice';
}
