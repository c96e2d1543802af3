export type InputFormat = 'pdf' | 'docx' | 'doc' | 'ofd' | 'text' | 'binary';

const SAMPLE_BYTES = 8192;
/** First bytes of an OLE compound file, the container of Word 97–2003 `.doc`. */
const COMPOUND_FILE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Decides the input format from the bytes, never from the file name. */
export function sniffFormat(buffer: Buffer): InputFormat {
  const head = buffer.subarray(0, 1024).toString('latin1');
  if (/^\s*%PDF-/.test(head)) return 'pdf';
  if (buffer.subarray(0, COMPOUND_FILE_SIGNATURE.length).equals(COMPOUND_FILE_SIGNATURE)) return 'doc';
  if (head.startsWith('PK\u0003\u0004')) return zipFormat(buffer);
  return looksLikeText(buffer.subarray(0, SAMPLE_BYTES)) ? 'text' : 'binary';
}

// A zip is a Word document if it carries the main document part, an OFD if it carries the
// package's entry file OFD.xml (GB/T 33190 §7.4) at its root. The local file headers name each
// entry, so the names are found in the raw bytes without unpacking.
function zipFormat(buffer: Buffer): InputFormat {
  if (buffer.includes('word/document.xml')) return 'docx';
  if (hasRootEntry(buffer, 'OFD.xml')) return 'ofd';
  return 'binary';
}

function hasRootEntry(buffer: Buffer, name: string): boolean {
  const needle = Buffer.from(name, 'latin1');
  for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + 1)) {
    // In a local header (30 bytes before the name) or a central directory entry (46 bytes), the
    // name length sits 4 bytes before the extra-field length, which sits right before the name.
    for (const header of [30, 46]) {
      const start = at - header;
      if (start >= 0 && buffer.readUInt16LE(start + (header === 30 ? 26 : 28)) === needle.length) return true;
    }
  }
  return false;
}

function looksLikeText(sample: Buffer): boolean {
  if (hasUtf16Bom(sample)) return true;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= sample.length * 0.02;
}

export function hasUtf16Bom(buffer: Buffer): boolean {
  return (buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff);
}
