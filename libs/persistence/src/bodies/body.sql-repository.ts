import type { EntityManager } from 'typeorm';
import { type BodyNode, DuplicateError, NotFoundError } from '@luyue/domain';
import { type BodyAdminState, type BodyRef, type BodyRepository, type BodyRow, type ResolvableBody, isUuid } from '@luyue/application';
import { changeVersionSql } from '../shared/change-version';
import { SqlParams, rowsOf } from '../shared/sql';
import { assignments } from '../shared/assignments';

export const BODY_COLUMNS = `b.id, b.name, b.aliases, b.jurisdiction, b.level, b.kind, b.parent_id AS "parentId", b.contact_email AS "contactEmail", b.created_at AS "createdAt", b.updated_at AS "updatedAt"`;

/** The columns of the fields an administrator sets. */
const COLUMN: Record<keyof BodyAdminState, string> = {
  name: 'name',
  aliases: 'aliases',
  jurisdiction: 'jurisdiction',
  level: 'level',
  kind: 'kind',
  parentId: 'parent_id',
  contactEmail: 'contact_email',
};
const FIELDS = Object.keys(COLUMN) as (keyof BodyAdminState)[];
const BODY_STATE = FIELDS.map((field) => `${COLUMN[field]} AS "${field}"`).join(', ');

/** A unique (jurisdiction, name) violation as 409; anything else as it is. */
export const bodyNameTaken = (error: { code?: string }) => {
  if (error.code === '23505') throw new DuplicateError('A body with this name already exists in the jurisdiction');
  throw error;
};

export class SqlBodyRepository implements BodyRepository {
  constructor(private readonly m: EntityManager) {}

  async inJurisdiction(jurisdiction: string): Promise<ResolvableBody[]> {
    return this.m.query(`SELECT b.id, b.name, b.aliases, b.jurisdiction, b.kind, b.parent_id AS "parentId" FROM bodies b WHERE b.jurisdiction = $1`, [jurisdiction]);
  }

  async changeVersion(): Promise<string> {
    const [{ version }]: { version: string }[] = await this.m.query(`SELECT ${changeVersionSql('bodies')} AS version`);
    return version;
  }

  all(): Promise<BodyRef[]> {
    return this.m.query('SELECT id, name, aliases, jurisdiction FROM bodies');
  }

  async get(id: string): Promise<BodyRow> {
    const rows: BodyRow[] = isUuid(id) ? await this.m.query(`SELECT ${BODY_COLUMNS} FROM bodies b WHERE b.id = $1`, [id]) : [];
    if (!rows[0]) throw new NotFoundError('Body', id);
    return rows[0];
  }

  async assertExist(ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const malformed = ids.filter((id) => !isUuid(id));
    if (malformed.length) throw new NotFoundError('Body', malformed[0]);
    const found: { id: string }[] = await this.m.query('SELECT id FROM bodies WHERE id = ANY($1::uuid[])', [ids]);
    const missing = ids.find((id) => !found.some((f) => f.id === id));
    if (missing) throw new NotFoundError('Body', missing);
  }

  tree(): Promise<BodyNode[]> {
    return this.m.query('SELECT id, parent_id AS "parentId" FROM bodies');
  }

  async addAlias(id: string, alias: string): Promise<void> {
    await this.m.query('UPDATE bodies SET aliases = array_append(aliases, $2), updated_at = now() WHERE id = $1', [id, alias]);
  }

  async create(body: BodyAdminState): Promise<{ id: string; state: BodyAdminState }> {
    const [created] = (await this.m
      .query(
        `INSERT INTO bodies (${FIELDS.map((f) => COLUMN[f]).join(', ')}) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id, ${BODY_STATE}`,
        FIELDS.map((f) => body[f]),
      )
      .catch(bodyNameTaken)) as ({ id: string } & BodyAdminState)[];
    const { id, ...state } = created;
    return { id, state };
  }

  async adminState(id: string): Promise<BodyAdminState | undefined> {
    if (!isUuid(id)) return undefined;
    const [state]: BodyAdminState[] = await this.m.query(`SELECT ${BODY_STATE} FROM bodies WHERE id = $1 FOR UPDATE`, [id]);
    return state;
  }

  async update(id: string, changes: Partial<BodyAdminState>): Promise<void> {
    const params = new SqlParams();
    const idP = params.add(id);
    const set = assignments(changes, COLUMN, params);
    if (!set.length) return;
    await this.m.query(`UPDATE bodies SET ${set.join(', ')}, updated_at = now() WHERE id = ${idP}`, params.values).catch(bodyNameTaken);
  }

  async isReferenced(id: string): Promise<boolean> {
    const [{ used }] = await this.m.query(
      `SELECT (EXISTS (SELECT 1 FROM obligations WHERE $1 = ANY(lead_body_ids) OR $1 = ANY(co_body_ids))
            OR EXISTS (SELECT 1 FROM users WHERE body_id = $1) OR EXISTS (SELECT 1 FROM bodies WHERE parent_id = $1)
            OR EXISTS (SELECT 1 FROM regulations WHERE default_lead_body_id = $1)) AS used`,
      [id],
    );
    return used;
  }

  async delete(id: string): Promise<BodyAdminState> {
    const [deleted] = rowsOf<BodyAdminState>(await this.m.query(`DELETE FROM bodies WHERE id = $1 RETURNING ${BODY_STATE}`, [id]));
    return deleted;
  }
}
