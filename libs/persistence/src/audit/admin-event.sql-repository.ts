import type { EntityManager } from 'typeorm';
import type { AdminEvent, AdminEventRepository } from '@luyue/application';

export class SqlAdminEventRepository implements AdminEventRepository {
  constructor(private readonly m: EntityManager) {}

  async add(event: AdminEvent): Promise<void> {
    await this.m.query(`INSERT INTO obligation_events (obligation_id, type, actor_id, data) VALUES (NULL, $1, $2, $3::jsonb)`, [
      event.type,
      event.actorId,
      JSON.stringify({ ...event.extra, entity: event.entity, id: event.id, changes: event.changes }),
    ]);
  }
}
