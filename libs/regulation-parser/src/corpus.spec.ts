import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedDocument } from './document';
import { parseText } from './parse-text';
import { CORPUS_DIR } from './testing/repo-paths';

interface ManifestRow {
  file: string;
  articles: number;
}

const manifest: ManifestRow[] = readFileSync(join(CORPUS_DIR, 'manifest.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([file, , , , articles]) => ({ file, articles: Number(articles) }));

type Outcome = { file: string; expected: number } & ({ doc: ParsedDocument } | { error: unknown });

function parseCorpusFile({ file, articles }: ManifestRow): Outcome {
  try {
    return { file, expected: articles, doc: parseText(readFileSync(join(CORPUS_DIR, file), 'utf8'), { fileName: file }) };
  } catch (error) {
    return { file, expected: articles, error };
  }
}

/** Main article numbers (之一 units aside) count up by one from the first. */
function runsConsecutively(doc: ParsedDocument): boolean {
  const main = doc.units.filter((unit) => unit.suffix === null).map((unit) => unit.number);
  return main.every((number, index) => number === main[0] + index);
}

describe('corpus of ~400 regulations', () => {
  const outcomes = manifest.map(parseCorpusFile);
  const parsed = outcomes.flatMap((outcome) => ('doc' in outcome ? [{ ...outcome, doc: outcome.doc }] : []));
  const failed = outcomes.flatMap((outcome) => ('error' in outcome ? [{ ...outcome, error: outcome.error }] : []));
  const articleDocs = parsed.filter(({ doc }) => doc.document.unit === 'article');

  afterAll(() => {
    const tasks = parsed.filter(({ doc }) => doc.document.unit === 'task').length;
    const paragraphs = parsed.filter(({ doc }) => doc.document.unit === 'paragraph').length;
    const disagreeing = articleDocs.filter(({ doc, expected }) => expected > 0 && doc.unitCount !== expected).length;
    const warned = parsed.filter(({ doc }) => doc.warnings.length).length;
    console.log(
      `corpus: ${outcomes.length} documents, ${parsed.length} parsed (${articleDocs.length} as articles, ${tasks} as tasks, ${paragraphs} as paragraphs), ` +
        `${failed.length} failed; ${warned} with numbering warnings; ${disagreeing} article counts differ from the manifest`,
    );
  });

  it('reads the manifest', () => expect(manifest.length).toBeGreaterThan(300));

  it('never crashes nor refuses a document: one without numbered units is read as paragraphs', () => {
    expect(failed.map(({ file, error }) => `${file}: ${(error as Error).message}`)).toEqual([]);
  });

  it('every document the manifest counts articles in parses as articles', () => {
    const notArticles = outcomes.filter((o) => o.expected > 0 && !('doc' in o && o.doc.document.unit === 'article'));
    expect(notArticles.map((o) => o.file)).toEqual([]);
  });

  it('article numbers run consecutively, or the parser says where they do not', () => {
    const silent = articleDocs.filter(({ doc }) => !runsConsecutively(doc) && doc.warnings.length === 0);
    expect(silent.map(({ file }) => file)).toEqual([]);
  });

  it('article counts match the manifest, except where a complete 1..N run proves the manifest missed a label', () => {
    const wrong = articleDocs.filter(({ doc, expected }) => {
      if (expected === 0 || doc.unitCount === expected) return false;
      const provenComplete = doc.unitCount > expected && runsConsecutively(doc) && doc.units[0].number === 1 && !doc.warnings.length;
      return !provenComplete;
    });
    expect(wrong.map(({ file, doc, expected }) => `${file}: ${doc.unitCount} vs ${expected}`)).toEqual([]);
  });

  it('no document parses to an empty success: units, or paragraphs when nothing is numbered', () => {
    for (const { doc } of parsed) {
      if (doc.document.unit === 'paragraph') expect(doc.preamble?.length ?? 0).toBeGreaterThan(0);
      else expect(doc.units.length).toBeGreaterThan(0);
    }
  });
});
