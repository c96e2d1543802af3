// The fixtures of the parser's other input formats (.doc, OFD, 分工表 tables in markdown, .docx
// and .doc) extract like their sources: the same units and titles, and detection F1 ≥ 0.98 against
// the seed's gold file or the table's own; the tables give each row's lead, co and due exactly.
// The OCR'd scan is scored in scan-fixture.spec.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParsedDocument, parseFile } from '@luyue/regulation-parser';
import { extractObligations } from '../extract';
import { expectAboveFloor } from './expect-floor';
import { FORMAT_FIXTURES, TABLE_GOLD, seedSource } from './fixture-paths';
import { evaluate } from './report';
import type { GoldDocument } from './score';

const table = { source: join(FORMAT_FIXTURES, 'division-table.md'), gold: TABLE_GOLD };

const CASES: Array<[string, { source: string; gold: string }]> = [
  ['seed-001.doc', seedSource('001_63ee37a2190facda.txt')],
  ['seed-002.ofd', seedSource('002_623e2f70af61ec05.txt')],
  ['division-table.md', table],
  ['division-table.docx', table],
  ['division-table.doc', table],
];

/** What a reader must keep of its source: the unit count, the title and each unit's label and headings. */
function outline(parsed: ParsedDocument) {
  return {
    title: parsed.document.title,
    unitCount: parsed.unitCount,
    units: parsed.units.map((unit) => [unit.number, unit.label ?? null, unit.heading, unit.headingPath ?? []]),
  };
}

describe.each(CASES)('%s', (fixture, { source, gold: goldPath }) => {
  let parsed: ParsedDocument;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldDocument;

  beforeAll(async () => {
    parsed = await parseFile(join(FORMAT_FIXTURES, fixture));
  });

  it('parses to the units and titles of its source', async () => {
    expect(outline(parsed)).toEqual(outline(await parseFile(source)));
  });

  it('scores detection F1 ≥ 0.98 against the gold', () => {
    const report = evaluate([{ name: fixture, gold, predicted: extractObligations(parsed) }], true);
    console.log(report.lines.join('\n'));
    expectAboveFloor(report.overall, { detectionF1: 0.98 });
  });

  if (goldPath === TABLE_GOLD) {
    it('gives each row its lead, co and due exactly', () => {
      const rows = extractObligations(parsed).obligations.map((o) => ({ article: o.article, subjects: o.subjects, co: o.co, due: o.due }));
      expect(rows).toEqual(gold.obligations.map((o) => ({ article: o.article, subjects: o.subjects, co: o.co, due: o.due })));
    });
  }
});
