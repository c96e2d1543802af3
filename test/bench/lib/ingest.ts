import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'pg';
import { parseText } from '@luyue/regulation-parser';
import { extractObligations } from '@luyue/obligation-extractor';
import { searchTokens } from '@luyue/application';
import { log } from './db';

export const CORPUS_DIR = join(__dirname, '../../fixtures/corpus');

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

export interface IngestResult {
  path: string;
  documents: number;
  failed: number;
  obligations: number;
  seconds: number;
}

/**
 * Stand-in used only when the application's import use case is not available: parse + extract
 * in-process and insert regulation and obligation rows with plain SQL. Its figures are NOT the
 * import path's and are never reported as such.
 */
export async function ingestFallback(c: Client): Promise<IngestResult> {
  const files = corpusFiles();
  let obligations = 0;
  let failed = 0;
  const t0 = process.hrtime.bigint();
  for (const file of files) {
    const raw = readFileSync(join(CORPUS_DIR, file), 'utf8');
    let parsed;
    try {
      parsed = parseText(raw, { fileName: file });
    } catch {
      failed++;
      continue;
    }
    const extraction = extractObligations(parsed);
    const title = parsed.document.title ?? file.replace(/\.md$/, '');
    const { rows } = await c.query(
      `INSERT INTO regulations (title, document_number, issuer, jurisdiction, kind, unit, effective_date, source_file_name, source_format, source_sha256, raw_text, text, unit_count)
       VALUES ($1, $2, $3, '新疆', 'local_regulation', $4, $5, $6, 'md', $7, $8, $9, $10) RETURNING id`,
      [
        title,
        parsed.document.documentNumber,
        parsed.document.issuer,
        parsed.document.unit,
        parsed.document.effectiveDate,
        file,
        createHash('sha256').update(raw).digest('hex'),
        raw,
        parsed.text,
        parsed.unitCount,
      ],
    );
    const regId = rows[0].id as string;
    const obls = extraction.obligations;
    for (let i = 0; i < obls.length; i += 200) {
      const part = obls.slice(i, i + 200);
      const values: unknown[] = [];
      const tuples = part.map((o) => {
        const b = values.length;
        values.push(
          regId,
          o.article,
          o.paragraph,
          o.item,
          o.subitem,
          o.text,
          o.text.slice(0, 40),
          o.modality,
          o.mechanism,
          o.subjects,
          o.co,
          o.confidence,
          JSON.stringify(o.timing),
          searchTokens(o.text, title),
        );
        return `(${Array.from({ length: 14 }, (_, k) => `$${b + k + 1}`).join(',')}, 'draft')`;
      });
      await c.query(
        `INSERT INTO obligations (regulation_id, article, paragraph, item, subitem, text, title, modality, mechanism, subjects, co_subjects, confidence, timing, search_tokens, status)
         VALUES ${tuples.join(',')}`,
        values,
      );
    }
    obligations += obls.length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  log(`fallback ingest: ${files.length - failed} documents, ${failed} failed, ${obligations} obligations in ${seconds.toFixed(1)} s`);
  return { path: 'fallback (parse + extract + bench SQL insert; not the import path)', documents: files.length - failed, failed, obligations, seconds };
}
