import type { DataSource } from 'typeorm';
import { EVENT_NOTIFICATION_KINDS, type EventNotificationKind, type NotificationKind, type ObligationStatus } from '@luyue/contracts';
import { isOpen, systemClock, todayIn, trafficLight, type Clock } from '@luyue/domain';
import type { ObligationMailItem, ReminderFacts } from '@luyue/mail';
import type { ReminderConfig } from '../reminders/reminder-config';

/** What one notification says, read at send time (e-mail and robots render the same content). */
export type NoticeContent =
  | (ReminderFacts & { obligation: ObligationMailItem })
  | {
      kind: 'digest';
      bodyName: string;
      day: string;
      overdue: ObligationMailItem[];
      dueSoon: ObligationMailItem[];
      awaitingVerification: ObligationMailItem[];
      totals: { overdue: number; dueSoon: number; awaitingVerification: number };
    }
  | {
      kind: EventNotificationKind;
      obligation: ObligationMailItem;
      actorName: string;
      note: string | null;
      proposedDueDate: string | null;
      approved: boolean;
    };

export interface ContentSource {
  kind: NotificationKind;
  day: string;
  obligationId: string | null;
  payload: Record<string, unknown>;
}

const ITEM_COLUMNS = `o.id, o.title, o.text, o.article, to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", o.status,
  r.title AS "regulationTitle",
  ARRAY(SELECT b.name FROM unnest(o.lead_body_ids) WITH ORDINALITY AS l(id, n) JOIN bodies b ON b.id = l.id ORDER BY l.n) AS "leadBodies"`;

const isEventKind = (kind: NotificationKind): kind is EventNotificationKind => (EVENT_NOTIFICATION_KINDS as readonly string[]).includes(kind);

/** Reads what a notification is about; answers a string when it should not be sent any more. */
export class NotificationContentLoader {
  constructor(
    private readonly ds: DataSource,
    private readonly config: ReminderConfig,
    private readonly clock: Clock = systemClock,
  ) {}

  async load(row: ContentSource): Promise<NoticeContent | string> {
    if (row.kind === 'digest') return this.digest(row);
    const [item] = await this.items([row.obligationId as string]);
    if (!item) return 'obligation not found';
    if (isEventKind(row.kind)) return this.event(row.kind, row.payload, item);
    // The world changed since the sweep (item closed): do not send stale news.
    if (!isOpen(item.status)) return `obligation is ${item.status}`;
    const p = row.payload as { daysLeft?: number; daysOverdue?: number; toParent?: boolean };
    switch (row.kind) {
      case 'due_soon':
        return { kind: 'due_soon', obligation: item, daysLeft: p.daysLeft ?? 0 };
      case 'overdue':
        return { kind: 'overdue', obligation: item, daysOverdue: p.daysOverdue ?? 0 };
      case 'escalation':
        return { kind: 'escalation', obligation: item, daysOverdue: p.daysOverdue ?? 0, toParent: p.toParent === true };
    }
  }

  private async event(kind: EventNotificationKind, payload: Record<string, unknown>, item: ObligationMailItem): Promise<NoticeContent | string> {
    const [event]: { note: string | null; data: Record<string, unknown>; actorName: string | null }[] = await this.ds.query(
      `SELECT e.note, e.data, u.name AS "actorName" FROM obligation_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.id = $1`,
      [String(payload['eventId'] ?? '0')],
    );
    if (!event) return 'event not found';
    const data = event.data ?? {};
    const proposed = data['proposedDueDate'] ?? data['newDueDate'];
    return {
      kind,
      obligation: item,
      actorName: event.actorName ?? '系统',
      note: event.note,
      proposedDueDate: typeof proposed === 'string' ? proposed : null,
      approved: data['decision'] === 'approved',
    };
  }

  private async digest(row: ContentSource): Promise<NoticeContent> {
    const p = row.payload as { bodyId?: string; overdue?: string[]; dueSoon?: string[]; awaitingVerification?: string[] };
    const limit = this.config.digestListLimit;
    const sections = { overdue: p.overdue ?? [], dueSoon: p.dueSoon ?? [], awaitingVerification: p.awaitingVerification ?? [] };
    const shown = await this.items([...sections.overdue.slice(0, limit), ...sections.dueSoon.slice(0, limit), ...sections.awaitingVerification.slice(0, limit)]);
    const byId = new Map(shown.map((i) => [i.id, i]));
    const pick = (ids: string[]) => ids.slice(0, limit).flatMap((id) => byId.get(id) ?? []);
    const [body]: { name: string }[] = p.bodyId ? await this.ds.query('SELECT name FROM bodies WHERE id = $1', [p.bodyId]) : [];
    return {
      kind: 'digest',
      bodyName: body?.name ?? '本单位',
      day: row.day,
      overdue: pick(sections.overdue),
      dueSoon: pick(sections.dueSoon),
      awaitingVerification: pick(sections.awaitingVerification),
      totals: { overdue: sections.overdue.length, dueSoon: sections.dueSoon.length, awaitingVerification: sections.awaitingVerification.length },
    };
  }

  private async items(ids: string[]): Promise<(ObligationMailItem & { status: ObligationStatus })[]> {
    if (!ids.length) return [];
    const rows: ObligationMailItem[] = await this.ds.query(
      `SELECT ${ITEM_COLUMNS} FROM obligations o JOIN regulations r ON r.id = o.regulation_id WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
    const today = todayIn(this.config.timeZone, this.clock);
    return rows.map((i) => ({ ...i, light: trafficLight(i.dueDate, i.status, today, this.config.yellowDays) }));
  }
}
