import type { EntityManager } from 'typeorm';
import { NotFoundError } from '@luyue/domain';
import { isUuid } from '../shared/sql';
import type { BodyRef } from './body-resolution';

export interface BodyRow extends BodyRef {
  level: string;
  kind: string;
  parentId: string | null;
  contactEmail: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const BODY_COLUMNS = `b.id, b.name, b.aliases, b.jurisdiction, b.level, b.kind, b.parent_id AS "parentId", b.contact_email AS "contactEmail", b.created_at AS "createdAt", b.updated_at AS "updatedAt"`;

/** What resolving a regulation's subjects needs of a body (no dates: parsing them cost a second per corpus). */
export interface ResolvableBody extends BodyRef {
  kind: string;
  parentId: string | null;
}

export class BodyRepository {
  async inJurisdiction(m: EntityManager, jurisdiction: string): Promise<ResolvableBody[]> {
    return m.query(`SELECT b.id, b.name, b.aliases, b.jurisdiction, b.kind, b.parent_id AS "parentId" FROM bodies b WHERE b.jurisdiction = $1`, [jurisdiction]);
  }

  async get(m: EntityManager, id: string): Promise<BodyRow> {
    const rows: BodyRow[] = isUuid(id) ? await m.query(`SELECT ${BODY_COLUMNS} FROM bodies b WHERE b.id = $1`, [id]) : [];
    if (!rows[0]) throw new NotFoundError('Body', id);
    return rows[0];
  }

  /** Throws 404 naming the first id that is not a body. */
  async assertExist(m: EntityManager, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const malformed = ids.filter((id) => !isUuid(id));
    if (malformed.length) throw new NotFoundError('Body', malformed[0]);
    const found: { id: string }[] = await m.query('SELECT id FROM bodies WHERE id = ANY($1::uuid[])', [ids]);
    const missing = ids.find((id) => !found.some((f) => f.id === id));
    if (missing) throw new NotFoundError('Body', missing);
  }
}
