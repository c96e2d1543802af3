// The scan of seed 000 (its text PDF's four pages as images, no text layer) is OCR'd with
// pdftoppm and Tesseract: the same articles and title as the seed, detection F1 ≥ 0.90 against
// the seed's gold, and the OCR's confidence per page in the result. Needs poppler-utils,
// tesseract-ocr and tesseract-ocr-chi-sim, which ops/services.sh installs before `npm test`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParsedDocument, parseFile } from '@luyue/regulation-parser';
import { extractObligations } from '../extract';
import { expectAboveFloor } from './expect-floor';
import { FORMAT_FIXTURES, seedSource } from './fixture-paths';
import { evaluate } from './report';
import type { GoldDocument } from './score';

const SEED = seedSource('000_164fd63ef9aca991.txt');

describe('seed-000-scan.pdf (OCR)', () => {
  let parsed: ParsedDocument;

  beforeAll(async () => {
    parsed = await parseFile(join(FORMAT_FIXTURES, 'seed-000-scan.pdf'));
    const ocr = parsed.ocr;
    if (ocr) console.log(`OCR: ${ocr.pages.length} pages in ${ocr.seconds} s (${(ocr.seconds / ocr.pages.length).toFixed(1)} s/page), mean confidence ${ocr.meanConfidence}`);
  }, 240_000);

  it('reports the confidence of each page, none of this clean scan flagged low', () => {
    expect(parsed.ocr?.pages.map((page) => page.page)).toEqual([1, 2, 3, 4]);
    for (const page of parsed.ocr?.pages ?? []) expect(page).toMatchObject({ low: false, confidence: expect.any(Number) });
    expect(parsed.ocr?.meanConfidence).toBeGreaterThan(80);
    expect(parsed.ocr?.lowPages).toEqual([]);
  });

  it('parses to the articles and title of its source', async () => {
    const source = await parseFile(SEED.source);
    expect(parsed.document.title).toBe(source.document.title);
    expect(parsed.units.map((unit) => unit.number)).toEqual(source.units.map((unit) => unit.number));
  });

  it('scores detection F1 ≥ 0.90 against the seed gold', () => {
    const gold = JSON.parse(readFileSync(SEED.gold, 'utf8')) as GoldDocument;
    const report = evaluate([{ name: 'seed-000-scan.pdf', gold, predicted: extractObligations(parsed) }], true);
    console.log(report.lines.join('\n'));
    expectAboveFloor(report.overall, { detectionF1: 0.9 });
  });
});
