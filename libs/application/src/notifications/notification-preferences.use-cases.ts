import { DIGEST_WEEKDAYS, type NotificationPreferencesDto } from '@luyue/contracts';
import { type Actor, ForbiddenActionError, NotFoundError, ValidationError, isAdmin } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { isUuid } from '../shared/sql';

type NotificationPreferences = NotificationPreferencesDto;

const COLUMNS: Record<Exclude<keyof NotificationPreferences, 'digestWeekday'>, string> = {
  dueSoon: 'notify_due_soon',
  overdue: 'notify_overdue',
  escalation: 'notify_escalation',
  digest: 'notify_digest',
  events: 'notify_events',
};

const SELECT = `${Object.entries(COLUMNS).map(([k, c]) => `${c} AS "${k}"`).join(', ')}, digest_weekday AS "digestWeekday"`;

export class NotificationPreferencesUseCases {
  constructor(private readonly ctx: AppContext) {}

  async get(actor: Actor): Promise<NotificationPreferences> {
    const [row]: NotificationPreferences[] = isUuid(actor.userId) ? await this.ctx.ds.query(`SELECT ${SELECT} FROM users WHERE id = $1`, [actor.userId]) : [];
    if (!row) throw new NotFoundError('User', actor.userId);
    return row;
  }

  async update(actor: Actor, input: Partial<NotificationPreferences>): Promise<NotificationPreferences> {
    const set: string[] = [];
    const params: unknown[] = [actor.userId];
    for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
      const value = input[key];
      if (value === undefined) continue;
      if (typeof value !== 'boolean') throw new ValidationError(`${key} must be true or false`, { field: key });
      params.push(value);
      set.push(`${column} = $${params.length}`);
    }
    if (input.digestWeekday !== undefined) {
      if (actor.role !== 'manager' && !isAdmin(actor)) throw new ForbiddenActionError('choose the digest day (managers receive the digest)');
      if (!(DIGEST_WEEKDAYS as readonly number[]).includes(input.digestWeekday)) throw new ValidationError('digestWeekday must be 1 (Monday) to 7 (Sunday)', { field: 'digestWeekday' });
      params.push(input.digestWeekday);
      set.push(`digest_weekday = $${params.length}`);
    }
    if (set.length) await this.ctx.ds.query(`UPDATE users SET ${set.join(', ')}, updated_at = now() WHERE id = $1`, params);
    return this.get(actor);
  }
}

/** Admins put a failed notification back to pending (its attempts kept); the caller re-enqueues it. */
export async function retryFailedNotification(ctx: AppContext, actor: Actor, id: string): Promise<{ id: string; key: string; channel: string }> {
  if (!isAdmin(actor)) throw new ForbiddenActionError('retry notifications');
  const [row]: { id: string; key: string; channel: string; status: string }[] = isUuid(id)
    ? await ctx.ds.query('SELECT id, key, channel, status FROM notifications WHERE id = $1', [id])
    : [];
  if (!row) throw new NotFoundError('Notification', id);
  if (row.status !== 'failed') throw new ValidationError('only a failed notification can be retried', { field: 'status', status: row.status });
  // sweep_id cleared: the outbox relay then finds the row too, should the enqueue below be lost.
  await ctx.ds.query(`UPDATE notifications SET status = 'pending', error = NULL, sweep_id = NULL WHERE id = $1 AND status = 'failed'`, [id]);
  return { id: row.id, key: row.key, channel: row.channel };
}
