import * as iconv from 'iconv-lite';
import * as jschardet from 'jschardet';
import { hasUtf16Bom } from './sniff-format';

/**
 * Decodes text bytes: a BOM decides; valid UTF-8 is UTF-8; otherwise Chinese government
 * text is almost always GB18030 (a superset of GBK/GB2312), unless the detector is sure of Big5.
 */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (hasUtf16Bom(buffer)) return iconv.decode(buffer, buffer[0] === 0xff ? 'utf16le' : 'utf16be');
  const utf8 = strictUtf8(buffer);
  if (utf8 !== null) return utf8;
  const guess = jschardet.detect(buffer.subarray(0, 65536));
  const encoding = guess.encoding === 'Big5' && guess.confidence > 0.95 ? 'big5' : 'gb18030';
  return iconv.decode(buffer, encoding);
}

function strictUtf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
}
