import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegulationParseError } from '../errors';
import { parseBuffer } from '../parse-file';
import { scanPageCount } from './pdf-or-scan';
import * as pdfReader from './pdf-reader';
import { FORMAT_FIXTURE_DIR } from '../testing/repo-paths';

// The OCR itself runs in the extractor's scan spec (libs/obligation-extractor/src/eval); here the
// decisions around it, none of which rasterises a page.
const fixture = (name: string) => readFileSync(join(FORMAT_FIXTURE_DIR, name));

describe('scanned PDF', () => {
  const path = process.env['PATH'];
  afterEach(() => {
    process.env['PATH'] = path;
  });
  /** A machine without poppler-utils and tesseract: nothing on the PATH. */
  const withoutOcrPackages = () => {
    process.env['PATH'] = mkdtempSync(join(tmpdir(), 'empty-path-'));
  };

  it('refuses a scan of 10,000 pages (too_large) from its page count, before rasterising anything', async () => {
    const started = Date.now();
    const error = await parseBuffer(fixture('hostile/ten-thousand-pages.pdf'), 'huge.pdf').catch((err: unknown) => err);
    expect(error).toBeInstanceOf(RegulationParseError);
    expect(error).toMatchObject({ code: 'too_large', message: expect.stringContaining('scan of 10000 pages, over the 50-page limit') });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('refuses a scan (unsupported) naming the Debian packages when they are missing', async () => {
    withoutOcrPackages();
    const error = await parseBuffer(fixture('seed-000-scan.pdf'), 'scan.pdf').catch((err: unknown) => err);
    expect(error).toBeInstanceOf(RegulationParseError);
    expect(error).toMatchObject({ code: 'unsupported', fileName: 'scan.pdf' });
    for (const name of ['poppler-utils', 'tesseract-ocr', 'tesseract-ocr-chi-sim']) expect((error as Error).message).toContain(name);
  }, 30_000);

  it('still reads a PDF with a text layer without the OCR packages', async () => {
    withoutOcrPackages();
    const parsed = await parseBuffer(fixture('seed-000.pdf'), 'seed-000.pdf');
    expect(parsed.unitCount).toBe(43);
    expect(parsed.ocr).toBeUndefined();
  }, 30_000);

  it('counts the pages a file would need OCR for: a scan its pages, a text PDF or another format none', async () => {
    expect(await scanPageCount(fixture('seed-000-scan.pdf'))).toBe(4);
    expect(await scanPageCount(fixture('seed-000.pdf'))).toBe(0);
    expect(await scanPageCount(fixture('seed-002.docx'))).toBe(0);
    expect(await scanPageCount(Buffer.from('%PDF-1.4 truncated'))).toBe(0);
    expect(await scanPageCount(fixture('hostile/ten-thousand-pages.pdf'))).toBe(10_000);
  }, 30_000);

  it('reads an upload once when the page count is asked before the import reads it', async () => {
    const reads = jest.spyOn(pdfReader, 'readPdf');
    try {
      const upload = fixture('seed-000.pdf');
      expect(await scanPageCount(upload)).toBe(0);
      expect((await parseBuffer(upload, 'seed-000.pdf')).unitCount).toBe(43);
      expect(reads).toHaveBeenCalledTimes(1);
      // Another buffer of the same bytes is another upload: read again.
      await parseBuffer(fixture('seed-000.pdf'), 'seed-000.pdf');
      expect(reads).toHaveBeenCalledTimes(2);
    } finally {
      reads.mockRestore();
    }
  }, 30_000);
});
