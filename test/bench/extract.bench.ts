// Benchmark: parse every corpus document, then time obligation extraction alone over all of them.
//   TS_NODE_PROJECT=tsconfig.base.json TS_NODE_TRANSPILE_ONLY=true \
//     node -r ts-node/register -r tsconfig-paths/register test/bench/extract.bench.ts
// Prints docs/s and obligations/s and writes bench/extract.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseFile, type ParsedDocument } from '@luyue/regulation-parser';
import { extractObligations } from '@luyue/obligation-extractor';

const CORPUS = join(__dirname, '../fixtures/corpus');
const OUT = join(__dirname, '../../bench/extract.json');
const ROUNDS = 3;

async function loadCorpus(): Promise<{ docs: ParsedDocument[]; unparsed: number }> {
  const docs: ParsedDocument[] = [];
  let unparsed = 0;
  for (const file of readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    try {
      docs.push(await parseFile(join(CORPUS, file)));
    } catch {
      unparsed++;
    }
  }
  return { docs, unparsed };
}

async function main(): Promise<void> {
  const { docs, unparsed } = await loadCorpus();
  let obligations = 0;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    obligations = 0;
    for (const doc of docs) obligations += extractObligations(doc).obligations.length;
    times.push(performance.now() - start);
  }
  const best = Math.min(...times) / 1000;
  const result = {
    documents: docs.length,
    unparsed,
    obligations,
    seconds: Number(best.toFixed(3)),
    docsPerSecond: Math.round(docs.length / best),
    obligationsPerSecond: Math.round(obligations / best),
    rounds: ROUNDS,
    node: process.version,
  };
  mkdirSync(join(OUT, '..'), { recursive: true });
  writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
  console.log(
    `extract: ${docs.length} docs (${unparsed} unparsed), ${obligations} obligations in ${result.seconds}s ` +
      `(best of ${ROUNDS}): ${result.docsPerSecond} docs/s, ${result.obligationsPerSecond} obligations/s`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
