export type InputFormat = 'pdf' | 'docx' | 'text' | 'binary';

const SAMPLE_BYTES = 8192;

/** Decides the input format from the bytes, never from the file name. */
export function sniffFormat(buffer: Buffer): InputFormat {
  const head = buffer.subarray(0, 1024).toString('latin1');
  if (/^\s*%PDF-/.test(head)) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) {
    // A zip is only a Word document if it carries the main document part.
    return buffer.includes('word/document.xml') ? 'docx' : 'binary';
  }
  return looksLikeText(buffer.subarray(0, SAMPLE_BYTES)) ? 'text' : 'binary';
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
