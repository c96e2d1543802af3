import * as iconv from 'iconv-lite';
import { hasUtf16Bom } from './sniff-format';

/**
 * Decodes text bytes: a BOM decides; valid UTF-8 is UTF-8; anything else is read as GB18030,
 * the superset of GBK/GB2312 in which mainland government text that is not UTF-8 comes.
 * Strict UTF-8 validation is decisive for Chinese text, so no statistical detector is needed.
 */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  if (hasUtf16Bom(buffer)) return iconv.decode(buffer, buffer[0] === 0xff ? 'utf16le' : 'utf16be');
  return strictUtf8(buffer) ?? iconv.decode(buffer, 'gb18030');
}

function strictUtf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
}
