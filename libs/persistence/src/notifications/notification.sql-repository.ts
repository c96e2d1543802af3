import type { EntityManager } from 'typeorm';
import { type NotificationRepository, type OutboxEntry, isUuid } from '@luyue/application';

export class SqlNotificationRepository implements NotificationRepository {
  constructor(private readonly m: EntityManager) {}

  async find(id: string): Promise<(OutboxEntry & { status: string }) | undefined> {
    if (!isUuid(id)) return undefined;
    const [row]: (OutboxEntry & { status: string })[] = await this.m.query('SELECT id, key, channel, status FROM notifications WHERE id = $1', [id]);
    return row;
  }

  pendingOutbox(limit: number): Promise<OutboxEntry[]> {
    return this.m.query(
      `SELECT id, key, channel FROM notifications
       WHERE status = 'pending' AND (sweep_id IS NULL OR channel <> 'email')
       ORDER BY created_at LIMIT ${Math.trunc(limit)}`,
    );
  }

  emailStatusesOfSweep(sweepId: string): Promise<{ status: string; n: number }[]> {
    return this.m.query(`SELECT status, count(*)::int AS n FROM notifications WHERE sweep_id = $1 AND channel = 'email' GROUP BY status`, [sweepId]);
  }

  async resetFailed(id: string): Promise<void> {
    await this.m.query(`UPDATE notifications SET status = 'pending', error = NULL, sweep_id = NULL WHERE id = $1 AND status = 'failed'`, [id]);
  }
}
