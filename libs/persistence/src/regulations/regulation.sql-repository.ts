import type { EntityManager } from 'typeorm';
import { DuplicateError, NotFoundError } from '@luyue/domain';
import {
  type AmendedRegulation,
  type CurrentObligation,
  type CurrentRegulation,
  type CurrentUnit,
  type LedgerRegulation,
  type NewRegulation,
  type ProvisionNode,
  type RegulationRepository,
  isUuid,
} from '@luyue/application';
import { SqlParams } from '../shared/sql';

const duplicate = (message: string) => (error: { code?: string }) => {
  // A concurrent import of the same file lost the race on the unique index.
  if (error.code === '23505') throw new DuplicateError(message, {});
  throw error;
};

export class SqlRegulationRepository implements RegulationRepository {
  constructor(private readonly m: EntityManager) {}

  async idBySource(sha256: string): Promise<string | undefined> {
    const [existing] = await this.m.query('SELECT id FROM regulations WHERE source_sha256 = $1', [sha256]);
    return existing?.id;
  }

  async insert(r: NewRegulation): Promise<void> {
    await this.m
      .query(
        `INSERT INTO regulations (id, title, document_number, issuer, jurisdiction, kind, unit, adopted_on, published_on, effective_date,
           source_file_name, source_format, source_sha256, raw_text, text, default_lead_body_id, aliases, warnings, unit_count, created_by, short_title)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17::jsonb,$18::jsonb,$19,$20,$21)`,
        [
          r.id,
          r.title,
          r.documentNumber,
          r.issuer,
          r.jurisdiction,
          r.kind,
          r.unit,
          r.adoptedOn,
          r.publishedOn,
          r.effectiveDate,
          r.sourceFileName,
          r.sourceFormat,
          r.sourceSha256,
          r.rawText,
          r.text,
          r.defaultLeadBodyId,
          JSON.stringify(r.aliases),
          JSON.stringify(r.warnings),
          r.unitCount,
          r.createdBy,
          r.shortTitle,
        ],
      )
      .catch(duplicate('This file was already imported'));
  }

  async amend(r: AmendedRegulation): Promise<void> {
    await this.m
      .query(
        `UPDATE regulations SET title = $2, document_number = $3, issuer = $4, adopted_on = $5, published_on = $6, effective_date = $7,
           source_file_name = $8, source_format = $9, source_sha256 = $10, raw_text = $11, text = $12, version = $13,
           aliases = $14::jsonb, warnings = $15::jsonb, unit_count = $16, amended_at = now(), updated_at = now(),
           short_title = $17
         WHERE id = $1`,
        [
          r.id,
          r.title,
          r.documentNumber,
          r.issuer,
          r.adoptedOn,
          r.publishedOn,
          r.effectiveDate,
          r.sourceFileName,
          r.sourceFormat,
          r.sourceSha256,
          r.rawText,
          r.text,
          r.version,
          JSON.stringify(r.aliases),
          JSON.stringify(r.warnings),
          r.unitCount,
          r.shortTitle,
        ],
      )
      .catch(duplicate('This text was already imported'));
  }

  async insertProvisions(regulationId: string, nodes: readonly ProvisionNode[], version = 1): Promise<void> {
    for (let start = 0; start < nodes.length; start += 300) {
      const params = new SqlParams();
      const values = nodes.slice(start, start + 300).map((n) => {
        const row = [n.id, regulationId, n.parentId, n.level, n.path, n.heading, n.article, n.suffix, n.paragraph, n.item, n.subitem, n.text, n.startOffset, n.endOffset, n.ordinal, version];
        return `(${row.map((v) => params.add(v)).join(', ')})`;
      });
      await this.m.query(
        `INSERT INTO provisions (id, regulation_id, parent_id, level, path, heading, article, suffix, paragraph, item, subitem, text, start_offset, end_offset, ordinal, version) VALUES ${values.join(', ')}`,
        params.values,
      );
    }
  }

  async recordCurrentVersion(regulationId: string, summary: unknown, createdBy: string): Promise<void> {
    await this.m.query(
      `INSERT INTO regulation_versions (regulation_id, version, title, document_number, issuer, adopted_on, published_on, effective_date,
         source_file_name, source_format, source_sha256, raw_text, text, unit_count, summary, created_by)
       SELECT id, version, title, document_number, issuer, adopted_on, published_on, effective_date,
         source_file_name, source_format, source_sha256, raw_text, text, unit_count, $2::jsonb, $3
       FROM regulations WHERE id = $1`,
      [regulationId, summary === null ? null : JSON.stringify(summary), createdBy],
    );
  }

  async current(id: string, lock: boolean): Promise<CurrentRegulation> {
    if (!isUuid(id)) throw new NotFoundError('regulation', id);
    const [row] = await this.m.query(
      `SELECT id, title, short_title AS "shortTitle", jurisdiction, version, source_sha256 AS "sourceSha256", text, to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate"
       FROM regulations WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) throw new NotFoundError('regulation', id);
    return row;
  }

  currentUnits(regulationId: string, version: number): Promise<CurrentUnit[]> {
    return this.m.query(
      `SELECT id, article, suffix, text FROM provisions
       WHERE regulation_id = $1 AND version = $2 AND level = 'unit' AND article IS NOT NULL ORDER BY ordinal`,
      [regulationId, version],
    );
  }

  obligationsOf(regulationId: string): Promise<CurrentObligation[]> {
    return this.m.query(
      `SELECT o.id, o.article, p.suffix, o.paragraph, o.item, o.text, o.title, o.status
       FROM obligations o LEFT JOIN provisions p ON p.id = o.provision_id
       WHERE o.regulation_id = $1 ORDER BY o.article NULLS LAST, o.paragraph NULLS LAST, o.item NULLS FIRST, o.subitem NULLS FIRST, o.created_at, o.text, o.id`,
      [regulationId],
    );
  }

  async sameSource(regulationId: string, sha256: string): Promise<{ regulationId: string; version: number } | null> {
    const [own] = await this.m.query('SELECT version FROM regulation_versions WHERE regulation_id = $1 AND source_sha256 = $2 ORDER BY version DESC LIMIT 1', [regulationId, sha256]);
    if (own) return { regulationId, version: own.version };
    const [other] = await this.m.query('SELECT id, version FROM regulations WHERE source_sha256 = $1 LIMIT 1', [sha256]);
    return other ? { regulationId: other.id, version: other.version } : null;
  }

  versions(regulationId: string): Promise<Record<string, unknown>[]> {
    return this.m.query(
      `SELECT version, title, document_number AS "documentNumber", issuer, to_char(adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
         to_char(published_on, 'YYYY-MM-DD') AS "publishedOn", to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate",
         source_file_name AS "sourceFileName", source_format AS "sourceFormat", source_sha256 AS "sourceSha256", unit_count AS "unitCount",
         summary, text, created_by AS "createdBy", created_at AS "createdAt",
         (SELECT count(*)::int FROM provisions p WHERE p.regulation_id = v.regulation_id AND p.version = v.version) AS "provisionCount"
       FROM regulation_versions v WHERE regulation_id = $1 ORDER BY version DESC`,
      [regulationId],
    );
  }

  async titles(id: string): Promise<{ title: string; shortTitle: string | null }> {
    const [before] = await this.m.query('SELECT title, short_title AS "shortTitle" FROM regulations WHERE id = $1 FOR UPDATE', [id]);
    return before;
  }

  async retitle(id: string, title: string, shortTitle: string): Promise<void> {
    await this.m.query('UPDATE regulations SET title = $2, short_title = $3, updated_at = now() WHERE id = $1', [id, title, shortTitle]);
  }

  forLedger(): Promise<LedgerRegulation[]> {
    return this.m.query('SELECT id, title, jurisdiction, aliases FROM regulations');
  }
}
