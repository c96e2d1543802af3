import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '@luyue/regulation-parser';
import { extractObligations } from '@luyue/obligation-extractor';
import { diffVersions } from './diff-versions';
import { normalizeText } from './normalize';
import type { NewObligationInput, OldObligationInput, ProvisionInput, VersionInput } from './types';

// The real amended pairs of the corpus fixtures: each old duty found verbatim in the new text is
// unchanged or moved, none that is absent is; every pair is accepted as an amendment (≥ 20 %).

const CORPUS = join(__dirname, '../../../test/fixtures/corpus');

function version(fileName: string) {
  const text = readFileSync(join(CORPUS, fileName), 'utf8');
  const parsed = parseText(text, { fileName });
  const provisions: ProvisionInput[] = parsed.units.map((u) => ({ article: u.number, suffix: u.suffix, text: parsed.text.slice(u.start, u.end) }));
  const obligations = extractObligations(parsed).obligations.map((o, i) => ({ id: `o${i}`, article: o.article, suffix: suffixOf(parsed.units, o.article), text: o.text }));
  return { text: parsed.text, provisions, obligations };
}
const suffixOf = (units: { number: number; suffix: number | null }[], article: number | null) => (article === null ? null : (units.find((u) => u.number === article)?.suffix ?? null));

const PAIRS: [string, string][] = [
  ['农药管理条例(2017-03-16).md', '农药管理条例(2022-03-29).md'],
  ['行政复议法(2017-09-01).md', '行政复议法(2023-09-01).md'],
  ['文物保护法(2017-11-04).md', '文物保护法(2024-11-08).md'],
  ['突发事件应对法(2007-08-30).md', '突发事件应对法(2024-06-28).md'],
  ['生物安全法(2020-10-17).md', '生物安全法(2024-04-26).md'],
  ['专利法实施细则(2010-01-09).md', '专利法实施细则(2023-12-11).md'],
];

describe.each(PAIRS)('%s → %s', (before, after) => {
  const from = version(before);
  const to = version(after);
  const started = process.hrtime.bigint();
  const diff = diffVersions(from as VersionInput<OldObligationInput>, to as VersionInput<NewObligationInput>);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const newText = normalizeText(to.text);

  it('is accepted as an amendment and reports every old obligation once', () => {
    const kinds = { unchanged: 0, moved: 0, modified: 0, removed: 0 };
    for (const c of diff.obligations) kinds[c.change]++;
    console.log(
      `${before} → ${after}: provisions ${JSON.stringify(diff.counts)} obligations ${JSON.stringify(kinds)} added ${diff.added.length} aligned ${(diff.alignedShare * 100).toFixed(0)}% in ${ms.toFixed(1)} ms`,
    );
    expect(diff.alignedShare).toBeGreaterThanOrEqual(0.2);
    expect(diff.obligations.map((c) => c.from)).toEqual(from.obligations.map((_, i) => i));
  });

  it('keeps exactly the duties whose text occurs verbatim in the new version', () => {
    for (const c of diff.obligations) {
      const verbatim = newText.includes(normalizeText(from.obligations[c.from].text));
      expect({ text: from.obligations[c.from].text, kept: c.change === 'unchanged' || c.change === 'moved' }).toEqual({ text: from.obligations[c.from].text, kept: verbatim });
    }
  });

  it('adds only new obligations no old one claimed, each once', () => {
    const claimed = diff.obligations.flatMap((c) => (c.toObligation === null ? [] : [c.toObligation]));
    expect(new Set(claimed).size).toBe(claimed.length);
    expect([...claimed, ...diff.added].sort((x, y) => x - y)).toEqual(to.obligations.map((_, i) => i));
  });

  it('says unchanged only at the same article, moved only at another', () => {
    for (const c of diff.obligations) {
      const o = from.obligations[c.from];
      if (c.change === 'unchanged' && c.toProvision !== null) expect(to.provisions[c.toProvision].article).toBe(o.article);
      if (c.change === 'moved') expect(to.provisions[c.toProvision as number].article).not.toBe(o.article);
    }
  });
});
