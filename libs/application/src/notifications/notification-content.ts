import { EVENT_NOTIFICATION_KINDS, type EventNotificationKind, type NotificationKind, type ObligationStatus } from '@luyue/contracts';
import { isOpen, todayIn, trafficLight } from '@luyue/domain';
import type { ObligationMailItem, ReminderFacts } from '@luyue/mail';
import type { ReminderConfig } from '../reminders/reminder-config';
import type { AppContext } from '../shared/app-context';

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

const isEventKind = (kind: NotificationKind): kind is EventNotificationKind => (EVENT_NOTIFICATION_KINDS as readonly string[]).includes(kind);

/** Reads what a notification is about; answers a string when it should not be sent any more. */
export class NotificationContentLoader {
  constructor(
    private readonly ctx: Pick<AppContext, 'data' | 'clock'>,
    private readonly config: ReminderConfig,
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
    const event = await this.ctx.data.repositories.deliveries.noticeEvent(String(payload['eventId'] ?? '0'));
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
    const bodyName = p.bodyId ? await this.ctx.data.repositories.deliveries.bodyName(p.bodyId) : undefined;
    return {
      kind: 'digest',
      bodyName: bodyName ?? '本单位',
      day: row.day,
      overdue: pick(sections.overdue),
      dueSoon: pick(sections.dueSoon),
      awaitingVerification: pick(sections.awaitingVerification),
      totals: { overdue: sections.overdue.length, dueSoon: sections.dueSoon.length, awaitingVerification: sections.awaitingVerification.length },
    };
  }

  private async items(ids: string[]): Promise<(ObligationMailItem & { status: ObligationStatus })[]> {
    const rows = await this.ctx.data.repositories.deliveries.mailItems(ids);
    const today = todayIn(this.config.timeZone, this.ctx.clock);
    return rows.map((i) => ({ ...i, light: trafficLight(i.dueDate, i.status, today, this.config.yellowDays) }));
  }
}
