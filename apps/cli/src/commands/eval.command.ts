import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { evaluate, extractObligations, type EvalCase, type GoldDocument } from '@luyue/obligation-extractor';
import type { CliCommand } from '../command';
import { CliError, printJson } from '../cli-output';
import { parseForExtraction } from './extract.command';

// `luyue eval <gold dir> <docs dir> [--json] [--verbose]`: score the extractor against gold
// files in-process, printing what test/tools/score-extraction.mjs prints.
export const evalCommand: CliCommand = {
  summary: 'score obligation extraction against gold files',
  options: { json: { type: 'boolean' }, verbose: { type: 'boolean' } },
  async run(positionals, values) {
    const [goldDir, docsDir] = positionals;
    if (!goldDir || !docsDir) throw new CliError('usage: luyue eval <gold dir> <docs dir> [--json] [--verbose]', 2);
    const report = evaluate(await loadCases(goldDir, docsDir), Boolean(values['verbose']));
    if (values['json']) {
      printJson({
        documents: report.documents.map(({ name, score, error }) => (score ? { name, gold: score.g, predicted: score.p, matched: score.matched, unitsOk: score.unitsOk } : { name, error })),
        overall: report.overall,
      });
    } else process.stdout.write(report.lines.join('\n') + '\n');
    return report.overall.notScored ? 1 : 0;
  },
};

async function loadCases(goldDir: string, docsDir: string): Promise<EvalCase[]> {
  let files: string[];
  try {
    files = (await readdir(goldDir)).filter((f) => f.endsWith('.gold.json')).sort();
  } catch {
    throw new CliError(`${goldDir}: cannot read the gold directory`);
  }
  const cases: EvalCase[] = [];
  for (const file of files) {
    const gold = JSON.parse(await readFile(join(goldDir, file), 'utf8')) as GoldDocument;
    const name = gold.document ?? file.replace(/\.gold\.json$/, '');
    try {
      cases.push({ name, gold, predicted: extractObligations(await parseForExtraction(join(docsDir, name))) });
    } catch (err) {
      cases.push({ name, gold, predicted: err instanceof Error ? err : new Error(String(err)) });
    }
  }
  return cases;
}
