// Regression: extracts the five seed documents, the four hold-out documents and the task-division
// plans in-process, scores them against their gold files, prints the scorer's reports and holds the
// figures a little under what the extractor reaches.
// Also checks that this in-process evaluation prints exactly what test/tools/score-extraction.mjs prints.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from '@luyue/regulation-parser';
import { extractObligations } from '../extract';
import type { ExtractionResult } from '../types';
import { evaluate, type EvalCase } from './report';
import type { GoldDocument } from './score';
import { expectAboveFloor } from './expect-floor';

const ROOT = join(__dirname, '../../../..');
const GOLD = join(ROOT, 'test/fixtures/gold');
const DOCS = join(ROOT, 'ops/seed');

const HOLDOUT = join(ROOT, 'test/fixtures/holdout');
const HOLDOUT_DOCS = join(HOLDOUT, 'docs');

const PLANS = join(ROOT, 'test/fixtures/plans');
const PLANS_DOCS = join(PLANS, 'docs');

// Figures reached on the seeds, minus a margin of about 0.02.
const FLOOR = {
  detectionF1: 0.97,
  subjectF1: 0.96,
  modalityAcc: 0.97,
  aliasRecall: 1,
};
// Figures reached on the hand-annotated hold-out (documents the rules were not tuned on), minus about 0.02.
// They must stay above the targets for unseen documents: detection 0.90, subject 0.85, modality 0.90.
const HOLDOUT_FLOOR = { detectionF1: 0.95, subjectF1: 0.96, modalityAcc: 0.97 };
// Figures reached on the two dev plans (detection 0.995, subject, modality, co and due 1.000, units 2/2),
// minus about 0.02; they stay above the targets (detection 0.93, co 0.85, due 0.90).
const PLAN_FLOOR = {
  detectionF1: 0.97,
  subjectF1: 0.97,
  modalityAcc: 0.97,
  coF1: 0.97,
  dueAcc: 0.97,
};

async function loadCases(goldDir: string, docsDir: string, predictions?: Map<string, ExtractionResult>): Promise<EvalCase[]> {
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldDocument;
      const name = gold.document ?? file.replace(/\.gold\.json$/, '');
      const predicted = extractObligations(await parseFile(join(docsDir, name)));
      predictions?.set(name, predicted);
      return { name, gold, predicted };
    }),
  );
}

/** What the shared scorer prints for these predictions, line by line. */
function sharedScorerLines(goldDir: string, predictions: Map<string, ExtractionResult>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'luyue-extract-'));
  try {
    for (const [name, result] of predictions) writeFileSync(join(dir, `${name}.json`), JSON.stringify(result));
    const shared = execFileSync('node', [join(ROOT, 'test/tools/score-extraction.mjs'), '--gold', goldDir, '--pred', dir, '--verbose'], {
      encoding: 'utf8',
    });
    return shared.trimEnd().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('extraction on the seed documents', () => {
  const predictions = new Map<string, ExtractionResult>();
  let cases: EvalCase[] = [];

  beforeAll(async () => {
    cases = await loadCases(GOLD, DOCS, predictions);
  });

  it('stays above the quality floor', () => {
    const report = evaluate(cases, true);
    console.log(report.lines.join('\n'));
    expectAboveFloor(report.overall, FLOOR);
  });

  it('prints the same figures as the shared scorer', () => {
    expect(evaluate(cases, true).lines).toEqual(sharedScorerLines(GOLD, predictions));
  });
});

describe('extraction on the hold-out documents', () => {
  it('stays above the hold-out floor', async () => {
    const report = evaluate(await loadCases(HOLDOUT, HOLDOUT_DOCS), true);
    console.log(`hold-out:\n${report.lines.join('\n')}`);
    expectAboveFloor(report.overall, HOLDOUT_FLOOR);
  });
});

describe('extraction on the task-division plans', () => {
  const predictions = new Map<string, ExtractionResult>();
  let cases: EvalCase[] = [];

  beforeAll(async () => {
    cases = await loadCases(PLANS, PLANS_DOCS, predictions);
  });

  it('stays above the plan floor', () => {
    const report = evaluate(cases, true);
    console.log(`plans:\n${report.lines.join('\n')}`);
    expectAboveFloor(report.overall, PLAN_FLOOR);
  });

  it('prints the same figures as the shared scorer (co and due included)', () => {
    expect(evaluate(cases, true).lines).toEqual(sharedScorerLines(PLANS, predictions));
  });
});
