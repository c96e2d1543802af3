// Parser throughput over the whole regulation corpus, on one core (one Node thread).
// Run: TS_NODE_PROJECT=tsconfig.base.json TS_NODE_TRANSPILE_ONLY=true \
//      node -r ts-node/register -r tsconfig-paths/register test/bench/parse.bench.ts
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseText, RegulationParseError } from '@luyue/regulation-parser';

const ROOT = resolve(__dirname, '../..');
const CORPUS_DIR = join(ROOT, 'test/fixtures/corpus');
const OUTPUT = join(ROOT, 'bench/parse.json');
const PASSES = 3;
const TARGET_SECONDS = 5;

interface Pass {
  seconds: number;
  /** CPU time of this thread's process: unlike wall time, not inflated by other load on the machine. */
  cpuSeconds: number;
  documents: number;
  units: number;
  errors: number;
}

// Files are read up front so the figures measure parsing, not disk.
const texts = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));

function runPass(): Pass {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let units = 0;
  let errors = 0;
  for (const { name, text } of texts) {
    try {
      units += parseText(text, { fileName: name }).unitCount;
    } catch (err) {
      if (!(err instanceof RegulationParseError)) throw err;
      errors++;
    }
  }
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, documents: texts.length, units, errors };
}

const passes = Array.from({ length: PASSES }, runPass);
const first = passes[0];
const best = passes.reduce((fastest, pass) => (pass.seconds < fastest.seconds ? pass : fastest));
const bytes = texts.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
const round = (value: number) => Math.round(value * 1000) / 1000;
const figures = {
  benchmark: 'regulation-parser',
  date: new Date().toISOString(),
  node: process.version,
  documents: first.documents,
  units: first.units,
  errors: first.errors,
  megabytes: round(bytes / 1e6),
  firstPassSeconds: round(first.seconds),
  firstPassCpuSeconds: round(first.cpuSeconds),
  bestPassSeconds: round(best.seconds),
  bestPassCpuSeconds: round(best.cpuSeconds),
  documentsPerSecond: Math.round(best.documents / best.seconds),
  articlesPerSecond: Math.round(best.units / best.seconds),
  firstPassDocumentsPerSecond: Math.round(first.documents / first.seconds),
  targetSeconds: TARGET_SECONDS,
  withinTarget: first.seconds < TARGET_SECONDS,
  loadAverage: round(loadavg()[0]),
};

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(OUTPUT, JSON.stringify(figures, null, 2) + '\n');
console.log(
  `parsed ${figures.documents} documents (${figures.units} units, ${figures.errors} errors, ${figures.megabytes} MB)\n` +
    `first pass ${figures.firstPassSeconds}s (${figures.firstPassCpuSeconds}s CPU), ` +
    `best of ${PASSES} ${figures.bestPassSeconds}s (${figures.bestPassCpuSeconds}s CPU): ` +
    `${figures.documentsPerSecond} documents/s, ${figures.articlesPerSecond} articles/s ` +
    `(target: whole corpus under ${TARGET_SECONDS}s — ${figures.withinTarget ? 'met' : 'MISSED'}; ` +
    `machine load ${figures.loadAverage})\nwrote ${OUTPUT}`,
);
