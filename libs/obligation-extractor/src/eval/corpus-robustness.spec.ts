// Robustness: every corpus document the parser accepts goes through the extractor without throwing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '@luyue/regulation-parser';
import { extractObligations } from '../extract';

const CORPUS = join(__dirname, '../../../../test/fixtures/corpus');

describe('extraction over the corpus', () => {
  it('never throws and finds obligations in most documents', async () => {
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.md'))
      .sort();
    const totals = { documents: files.length, unparsed: 0, extracted: 0, empty: 0, obligations: 0, withSubject: 0 };
    const failures: string[] = [];
    const modalities: Record<string, number> = {};
    for (const file of files) {
      let doc;
      try {
        doc = await parseFile(join(CORPUS, file));
      } catch {
        totals.unparsed++;
        continue;
      }
      try {
        const { obligations } = extractObligations(doc);
        totals.extracted++;
        totals.obligations += obligations.length;
        if (!obligations.length) totals.empty++;
        for (const o of obligations) {
          modalities[o.modality] = (modalities[o.modality] ?? 0) + 1;
          if (o.subjects.length) totals.withSubject++;
        }
      } catch (err) {
        failures.push(`${file}: ${(err as Error).message}`);
      }
    }
    console.log(`corpus: ${JSON.stringify(totals)} modalities: ${JSON.stringify(modalities)}`);
    expect(failures).toEqual([]);
    expect(totals.extracted).toBeGreaterThan(0);
    expect(totals.empty).toBeLessThan(totals.extracted * 0.1);
  }, 60_000);
});
