import { RegulationParseError } from '../errors';
import { ocrPdfPages } from './ocr/ocr-pages';
import { MAX_OCR_PAGES, type OcrOptions, type OcrReport } from './ocr/ocr-report';
import { assertOcrTools } from './ocr/ocr-tools';
import { readPdf } from './pdf-reader';

/** A page with fewer visible characters in its text layer has none worth reading: it is a scan. */
const TEXT_LAYER_MIN_CHARS = 20;

// The first pages of an upload, read once: the import asks scanPageCount (worker or request?)
// and then reads the same buffer; a WeakMap lets the sample go with the buffer.
const samples = new WeakMap<Buffer, Map<number, ReturnType<typeof readPdf>>>();

function firstPages(buffer: Buffer, count: number): ReturnType<typeof readPdf> {
  let byCount = samples.get(buffer);
  if (!byCount) samples.set(buffer, (byCount = new Map()));
  let sample = byCount.get(count);
  if (!sample) byCount.set(count, (sample = readPdf(buffer, count)));
  return sample;
}

/**
 * A PDF's text layer; a scan (most pages without one) is OCR'd page by page instead. A scan over
 * the page cap is refused (too_large) before any page is rasterised, and one on a machine without
 * the OCR packages is refused (unsupported) naming them.
 */
export async function readPdfOrScan(buffer: Buffer, fileName: string, options: OcrOptions = {}): Promise<{ text: string; ocr?: OcrReport }> {
  const maxPages = options.maxPages ?? MAX_OCR_PAGES;
  // Reading stops past the cap: a 10,000-page scan is judged on its first pages.
  const sample = await firstPages(buffer, maxPages + 1);
  const scanned = sample.pages.map((page, index) => (visibleChars(page) < TEXT_LAYER_MIN_CHARS ? index + 1 : 0)).filter(Boolean);
  if (scanned.length * 2 <= sample.pages.length) {
    return { text: sample.pageCount > sample.pages.length ? (await readPdf(buffer)).text : sample.text };
  }
  if (sample.pageCount > maxPages) {
    throw new RegulationParseError('too_large', fileName, `the PDF is a scan of ${sample.pageCount} pages, over the ${maxPages}-page limit for OCR`);
  }
  await assertOcrTools(fileName);
  const { texts, report } = await ocrPdfPages(buffer, scanned, options);
  const ocrText = new Map(scanned.map((page, index) => [page, texts[index]]));
  const text = sample.pages.map((layer, index) => ocrText.get(index + 1) ?? layer).join('\n\n');
  return { text, ocr: report };
}

/**
 * How many pages of OCR a file would need: the page count of a scanned PDF, 0 for anything else
 * (another format, or a PDF with a text layer). Reads at most the first `maxPages + 1` pages, so a
 * huge scan answers quickly (and is refused by the reader itself).
 */
export async function scanPageCount(buffer: Buffer, maxPages = MAX_OCR_PAGES): Promise<number> {
  if (buffer.subarray(0, 5).toString('latin1') !== '%PDF-') return 0;
  try {
    const sample = await firstPages(buffer, maxPages + 1);
    const scanned = sample.pages.filter((page) => visibleChars(page) < TEXT_LAYER_MIN_CHARS).length;
    return scanned * 2 > sample.pages.length ? sample.pageCount : 0;
  } catch {
    return 0; // a damaged PDF is the reader's to refuse, with its own error
  }
}

function visibleChars(text: string): number {
  return text.replace(/\s/g, '').length;
}
