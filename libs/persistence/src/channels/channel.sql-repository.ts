import type { EntityManager } from 'typeorm';
import { type ChannelChanges, type ChannelRepository, type NewChannel, type StoredChannel, isUuid } from '@luyue/application';
import { SqlParams, rowsOf } from '../shared/sql';
import { assignments } from '../shared/assignments';

const VIEW = `c.id, c.body_id AS "bodyId", c.kind, c.name, c.webhook_masked AS "webhookUrl", c.secret_encrypted AS secret,
  c.notices, c.active, c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

const COLUMN: Record<keyof ChannelChanges, string> = {
  name: 'name',
  webhookEncrypted: 'webhook_encrypted',
  webhookMasked: 'webhook_masked',
  secretEncrypted: 'secret_encrypted',
  notices: 'notices',
  active: 'active',
};

export class SqlChannelRepository implements ChannelRepository {
  constructor(private readonly m: EntityManager) {}

  ofBody(bodyId: string): Promise<StoredChannel[]> {
    return this.m.query(`SELECT ${VIEW} FROM notification_channels c WHERE c.body_id = $1 ORDER BY c.created_at, c.id`, [bodyId]);
  }

  async find(id: string): Promise<StoredChannel | undefined> {
    if (!isUuid(id)) return undefined;
    const [row]: StoredChannel[] = await this.m.query(`SELECT ${VIEW} FROM notification_channels c WHERE c.id = $1`, [id]);
    return row;
  }

  async add(c: NewChannel): Promise<StoredChannel> {
    const [row]: StoredChannel[] = await this.m.query(
      `INSERT INTO notification_channels AS c (body_id, kind, name, webhook_encrypted, webhook_masked, secret_encrypted, notices, active, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${VIEW}`,
      [c.bodyId, c.kind, c.name, c.webhookEncrypted, c.webhookMasked, c.secretEncrypted, c.notices, c.active, c.createdBy],
    );
    return row;
  }

  async update(id: string, changes: ChannelChanges): Promise<StoredChannel> {
    const params = new SqlParams();
    const idP = params.add(id);
    const set = assignments(changes, COLUMN, params);
    const [row] = rowsOf<StoredChannel>(await this.m.query(`UPDATE notification_channels c SET ${set.join(', ')}, updated_at = now() WHERE c.id = ${idP} RETURNING ${VIEW}`, params.values));
    return row;
  }

  async delete(id: string): Promise<void> {
    await this.m.query('DELETE FROM notification_channels WHERE id = $1', [id]);
  }
}
