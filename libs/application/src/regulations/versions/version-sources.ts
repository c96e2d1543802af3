import type { EntityManager } from 'typeorm';
import { NotFoundError } from '@luyue/domain';
import { isUuid } from '../../shared/sql';

// What an amendment is compared with: the regulation's current row, its current units and every obligation.

export interface CurrentRegulation {
  id: string;
  title: string;
  shortTitle: string | null;
  jurisdiction: string;
  version: number;
  sourceSha256: string;
  text: string;
  effectiveDate: string | null;
}

export interface CurrentUnit {
  id: string;
  article: number;
  suffix: number | null;
  text: string;
}

export interface CurrentObligation {
  id: string;
  article: number | null;
  suffix: number | null;
  paragraph: number | null;
  item: number | null;
  text: string;
  title: string;
  status: string;
}

export async function loadRegulation(m: EntityManager, id: string, lock: boolean): Promise<CurrentRegulation> {
  if (!isUuid(id)) throw new NotFoundError('regulation', id);
  const [row] = await m.query(
    `SELECT id, title, short_title AS "shortTitle", jurisdiction, version, source_sha256 AS "sourceSha256", text, to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate"
     FROM regulations WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) throw new NotFoundError('regulation', id);
  return row;
}

export async function loadUnits(m: EntityManager, regulationId: string, version: number): Promise<CurrentUnit[]> {
  return m.query(
    `SELECT id, article, suffix, text FROM provisions
     WHERE regulation_id = $1 AND version = $2 AND level = 'unit' AND article IS NOT NULL ORDER BY ordinal`,
    [regulationId, version],
  );
}

/** Every obligation of the regulation (discarded drafts too: they keep a duty from coming back as new). */
export async function loadObligations(m: EntityManager, regulationId: string): Promise<CurrentObligation[]> {
  return m.query(
    `SELECT o.id, o.article, p.suffix, o.paragraph, o.item, o.text, o.title, o.status
     FROM obligations o LEFT JOIN provisions p ON p.id = o.provision_id
     WHERE o.regulation_id = $1 ORDER BY o.article NULLS LAST, o.paragraph NULLS LAST, o.item NULLS FIRST, o.subitem NULLS FIRST, o.created_at, o.text, o.id`,
    [regulationId],
  );
}

/** The version of this regulation, or the other regulation, that already holds exactly these bytes. */
export async function findSameSource(m: EntityManager, regulationId: string, sha256: string): Promise<{ regulationId: string; version: number } | null> {
  const [own] = await m.query('SELECT version FROM regulation_versions WHERE regulation_id = $1 AND source_sha256 = $2 ORDER BY version DESC LIMIT 1', [regulationId, sha256]);
  if (own) return { regulationId, version: own.version };
  const [other] = await m.query('SELECT id, version FROM regulations WHERE source_sha256 = $1 LIMIT 1', [sha256]);
  return other ? { regulationId: other.id, version: other.version } : null;
}
