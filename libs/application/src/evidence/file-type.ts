import { ErrorCode } from '@luyue/contracts';
import { DomainError } from '@luyue/domain';

// Evidence allow-list. The extension names the claimed type; the first bytes must agree (415 otherwise).
// Archives (.zip) are refused: reviewers cannot open them in the browser and they can hide anything.

interface FileType {
  contentType: string;
  matches(bytes: Buffer): boolean;
}

const starts = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Office Open XML entry names are stored uncompressed in the zip headers.
const zipWith = (entryPrefix: string) => (bytes: Buffer) => starts(bytes, ZIP) && bytes.includes(Buffer.from(entryPrefix, 'latin1'));

const TYPES: Record<string, FileType> = {
  pdf: { contentType: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: zipWith('word/') },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: zipWith('xl/') },
  doc: { contentType: 'application/msword', matches: (b) => starts(b, OLE) },
  xls: { contentType: 'application/vnd.ms-excel', matches: (b) => starts(b, OLE) },
  jpg: { contentType: 'image/jpeg', matches: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  jpeg: { contentType: 'image/jpeg', matches: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  png: { contentType: 'image/png', matches: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  // Plain text: no NUL bytes in the first 8 KB (UTF-8 or GB18030 both qualify).
  txt: { contentType: 'text/plain; charset=utf-8', matches: (b) => !b.subarray(0, 8192).includes(0) },
};

export const EVIDENCE_EXTENSIONS = Object.keys(TYPES);

/** The content type to store for an upload, or 415 when the extension is not allowed or the bytes disagree. */
export function sniffEvidenceType(fileName: string, bytes: Buffer): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const type = TYPES[ext];
  if (!type) throw new DomainError(ErrorCode.UnsupportedType, `File type .${ext || '?'} is not accepted; allowed: ${EVIDENCE_EXTENSIONS.join(', ')}`, { extension: ext });
  if (!bytes.length || !type.matches(bytes)) {
    throw new DomainError(ErrorCode.UnsupportedType, `The content of ${fileName} is not a .${ext} file`, { extension: ext });
  }
  return type.contentType;
}
