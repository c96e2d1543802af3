// Aggregates document scores and prints them in the shared scorer's format, so the CLI
// `eval` command and test/tools/score-extraction.mjs print the same figures.
import { keyOf, norm, scoreDocument, type DocumentScore, type GoldDocument, type PredictedDocument } from './score';

export interface EvalCase {
  name: string;
  gold: GoldDocument;
  /** The extractor's output, or the error that kept the document from being scored. */
  predicted: PredictedDocument | Error;
}

export interface OverallScore {
  detectionF1: number;
  precision: number;
  recall: number;
  bindingF1: number;
  subjectF1: number;
  modalityAcc: number;
  unitsOk: number;
  documents: number;
  aliasRecall: number;
  notScored: number;
  /** Soft F1 of partner bodies (`co`) over matched obligations. */
  coF1: number;
  /** Share of scored due dates that are right; NaN (printed n/a) when none is scored. */
  dueAcc: number;
}

export interface EvalReport {
  documents: Array<{ name: string; score: DocumentScore | null; error?: string }>;
  overall: OverallScore;
  /** The lines the shared scorer prints (with `verbose`, its MISSED / EXTRA? / DIFFERS lines too). */
  lines: string[];
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const r3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const ratio = (a: number, b: number, empty: number): number => (b ? a / b : empty);

function documentLine(name: string, s: DocumentScore): string {
  const prec = ratio(s.predOk, s.p, 0);
  const rec = ratio(s.matched, s.g, 0);
  const sp = ratio(s.subj.tp, s.subj.p, 1);
  const sr = ratio(s.subj.tp, s.subj.g, 1);
  const cp = ratio(s.co.tp, s.co.p, 1);
  const cr = ratio(s.co.tp, s.co.g, 1);
  return (
    `${name}: gold=${s.g} pred=${s.p} precision=${r3(prec)} recall=${r3(rec)} F1=${r3(f1(prec, rec))} ` +
    `subjectF1=${r3(f1(sp, sr))} modalityAcc=${r3(s.matched ? s.modOk / s.matched : 0)} ` +
    `units=${s.unitPred}/${s.unitGold} aliases=${s.aliasHit}/${s.aliasG} coF1=${r3(f1(cp, cr))}` +
    (s.dueG ? ` dueAcc=${r3(s.dueOk / s.dueG)}` : '')
  );
}

function verboseLines(s: DocumentScore): string[] {
  const lines: string[] = [];
  for (const m of s.misses) lines.push(`  MISSED  [${keyOf(m)}] ${m.modality} ${JSON.stringify(m.subjects)} ${norm(m.text).slice(0, 60)}`);
  for (const p of s.falsePos.filter((fp) => !s.wrong.some((w) => w.p === fp))) lines.push(`  EXTRA?  [${keyOf(p)}] ${p.modality} ${JSON.stringify(p.subjects)} ${norm(p.text).slice(0, 60)}`);
  for (const { g, p } of s.wrong) {
    const dueScored = 'due' in g;
    lines.push(
      `  DIFFERS [${keyOf(g)}] gold ${g.modality} ${JSON.stringify(g.subjects)} co ${JSON.stringify(g.co ?? [])}${dueScored ? ` due ${g.due}` : ''} ` +
        `| got ${p.modality} ${JSON.stringify(p.subjects)} co ${JSON.stringify(p.co ?? [])}${dueScored ? ` due ${p.due ?? null}` : ''} ` +
        `| ${norm(g.text).slice(0, 40)}`,
    );
  }
  return lines;
}

export function evaluate(cases: EvalCase[], verbose = false): EvalReport {
  const t = { g: 0, p: 0, matched: 0, predOk: 0, stp: 0, sg: 0, sp: 0, ctp: 0, cg: 0, cp: 0, dueG: 0, dueOk: 0, modOk: 0, bindG: 0, bindP: 0, bindTp: 0, units: 0, aliasHit: 0, aliasG: 0 };
  const lines: string[] = [];
  const documents: EvalReport['documents'] = [];
  let failures = 0;
  for (const { name, gold, predicted } of cases) {
    if (predicted instanceof Error) {
      failures++;
      const error = predicted.message.split('\n')[0].slice(0, 200);
      lines.push(`${name}: NOT SCORED (${error})`);
      documents.push({ name, score: null, error });
      continue;
    }
    const s = scoreDocument(gold, predicted);
    documents.push({ name, score: s });
    lines.push(documentLine(name, s));
    if (verbose) lines.push(...verboseLines(s));
    t.g += s.g;
    t.p += s.p;
    t.matched += s.matched;
    t.predOk += s.predOk;
    t.stp += s.subj.tp;
    t.sg += s.subj.g;
    t.sp += s.subj.p;
    t.modOk += s.modOk;
    t.ctp += s.co.tp;
    t.cg += s.co.g;
    t.cp += s.co.p;
    t.dueG += s.dueG;
    t.dueOk += s.dueOk;
    t.bindG += s.bindG;
    t.bindP += s.bindP;
    t.bindTp += s.bindTp;
    t.units += s.unitsOk ? 1 : 0;
    t.aliasHit += s.aliasHit;
    t.aliasG += s.aliasG;
  }
  const P = ratio(t.predOk, t.p, 0);
  const R = ratio(t.matched, t.g, 0);
  const SP = ratio(t.stp, t.sp, 1);
  const SR = ratio(t.stp, t.sg, 1);
  const BP = ratio(t.bindTp, t.bindP, 0);
  const BR = ratio(t.bindTp, t.bindG, 0);
  const overall: OverallScore = {
    detectionF1: f1(P, R),
    precision: P,
    recall: R,
    bindingF1: f1(BP, BR),
    subjectF1: f1(SP, SR),
    modalityAcc: ratio(t.modOk, t.matched, 0),
    unitsOk: t.units,
    documents: cases.length,
    aliasRecall: ratio(t.aliasHit, t.aliasG, 1),
    notScored: failures,
    coF1: f1(ratio(t.ctp, t.cp, 1), ratio(t.ctp, t.cg, 1)),
    dueAcc: ratio(t.dueOk, t.dueG, NaN),
  };
  lines.push(overallLine(overall));
  return { documents, overall, lines };
}

export function overallLine(o: OverallScore): string {
  return (
    `overall detectionF1=${r3(o.detectionF1)} precision=${r3(o.precision)} recall=${r3(o.recall)} bindingF1=${r3(o.bindingF1)} ` +
    `subjectF1=${r3(o.subjectF1)} modalityAcc=${r3(o.modalityAcc)} ` +
    `unitsOk=${o.unitsOk}/${o.documents} aliasRecall=${r3(o.aliasRecall)} notScored=${o.notScored} ` +
    `coF1=${r3(o.coF1)} dueAcc=${r3(o.dueAcc)}`
  );
}
