import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBuffer } from '@luyue/regulation-parser';
import { log } from './db';

/** A 4-page scan of seed 000 (test/tools/make-format-fixtures.sh makes it). */
const SCAN = join(__dirname, '../../../libs/regulation-parser/fixtures/seed-000-scan.pdf');

export interface OcrBench {
  file: string;
  pages: number | null;
  secondsPerPage: number | null;
  meanConfidence?: number;
  reason?: string;
}

/** OCR of a scanned PDF through the parser (pdftoppm at 200 dpi + tesseract chi_sim, one process per core). */
export async function runOcrBench(): Promise<OcrBench> {
  const file = 'libs/regulation-parser/fixtures/seed-000-scan.pdf';
  const t0 = process.hrtime.bigint();
  const parsed = await parseBuffer(readFileSync(SCAN), 'seed-000-scan.pdf');
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!parsed.ocr) return { file, pages: null, secondsPerPage: null, reason: 'the scan was read from a text layer, not OCR' };
  const pages = parsed.ocr.pages.length;
  const result = { file, pages, secondsPerPage: Math.round((seconds / pages) * 100) / 100, meanConfidence: parsed.ocr.meanConfidence };
  log(`ocr: ${JSON.stringify(result)} (${seconds.toFixed(1)} s wall)`);
  return result;
}
