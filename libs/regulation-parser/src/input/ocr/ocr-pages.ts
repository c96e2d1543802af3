import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LOW_CONFIDENCE, type OcrOptions, type OcrPage, type OcrReport } from './ocr-report';
import { OCR_LANGUAGE } from './ocr-tools';
import { readTesseractTsv } from './tesseract-tsv';

const run = promisify(execFile);
const PAGE_TIMEOUT_MS = 180_000;
// Tesseract reads printed Chinese as well at 200 dpi as at 300 (the same confidence on the seed
// scan) in two thirds of the time.
const DEFAULT_DPI = 200;

export interface OcrResult {
  /** Text of each page asked for, in the order asked. */
  texts: string[];
  report: OcrReport;
}

/**
 * Rasterises the given pages of a PDF (pdftoppm, greyscale PNG) and reads each with Tesseract,
 * one single-threaded process per core, in a private temporary directory removed afterwards.
 */
export async function ocrPdfPages(pdf: Buffer, pageNumbers: number[], options: OcrOptions = {}): Promise<OcrResult> {
  const dir = await mkdtemp(join(tmpdir(), 'luyue-ocr-'));
  const started = Date.now();
  try {
    const source = join(dir, 'source.pdf');
    await writeFile(source, pdf);
    const results: Array<{ text: string; page: OcrPage }> = new Array(pageNumbers.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < pageNumbers.length) {
        const index = next++;
        results[index] = await ocrPage(source, dir, pageNumbers[index], options);
        options.onPage?.(++done, pageNumbers.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), pageNumbers.length) }, worker));
    const pages = results.map((result) => result.page);
    const meanConfidence = pages.length ? round(pages.reduce((sum, page) => sum + page.confidence, 0) / pages.length) : 0;
    return {
      texts: results.map((result) => result.text),
      report: {
        engine: 'tesseract',
        language: OCR_LANGUAGE,
        pages,
        meanConfidence,
        lowPages: pages.filter((page) => page.low).map((page) => page.page),
        seconds: round((Date.now() - started) / 1000),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function ocrPage(source: string, dir: string, page: number, options: OcrOptions): Promise<{ text: string; page: OcrPage }> {
  const started = Date.now();
  const image = join(dir, `page-${page}`);
  await run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(options.dpi ?? DEFAULT_DPI), '-gray', '-png', '-singlefile', source, image], {
    timeout: PAGE_TIMEOUT_MS,
    env: process.env,
  });
  // One thread per process: the pages run side by side instead.
  await run('tesseract', [`${image}.png`, image, '-l', OCR_LANGUAGE, 'tsv'], {
    timeout: PAGE_TIMEOUT_MS,
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  const { lines, confidence } = readTesseractTsv(await readFile(`${image}.tsv`, 'utf8'));
  await rm(`${image}.png`, { force: true });
  return {
    text: lines.join('\n'),
    page: { page, confidence, low: confidence < (options.lowConfidence ?? LOW_CONFIDENCE), seconds: round((Date.now() - started) / 1000) },
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
