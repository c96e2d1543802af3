import type { EventType, ObligationStatus } from '@luyue/contracts';
import { noticeForEvent } from '@luyue/domain';
import { mailDomain } from '@luyue/mail';
import type { AppContext } from '../shared/app-context';
import type { EventNoticeBatch, EventNoticeRepository } from './event-notice.repository';

/** An obligation event just written (ObligationRepository.addEvents answers these). */
export interface RecordedEvent {
  id: string;
  type: EventType;
  toStatus?: ObligationStatus | null;
  data?: Record<string, unknown>;
}

/**
 * Writes the outbox rows of the hand-offs among `events`, inside the caller's transaction: the
 * notices exist exactly when the transition does. The worker's outbox relay sends them.
 * Answers how many rows were created.
 */
export async function writeEventNotices(notices: EventNoticeRepository, ctx: Pick<AppContext, 'today' | 'settings'>, events: readonly RecordedEvent[]): Promise<number> {
  const batch: EventNoticeBatch = { eventIds: [], kinds: [], audiences: [], newcomers: { eventIds: [], userIds: [] }, added: { eventIds: [], bodyIds: [] } };
  for (const event of events) {
    const notice = noticeForEvent(event);
    if (!notice) continue;
    batch.eventIds.push(event.id);
    batch.kinds.push(notice.kind);
    batch.audiences.push(notice.audience);
    for (const userId of notice.userIds) {
      batch.newcomers.eventIds.push(event.id);
      batch.newcomers.userIds.push(userId);
    }
    for (const bodyId of notice.bodyIds) {
      batch.added.eventIds.push(event.id);
      batch.added.bodyIds.push(bodyId);
    }
  }
  if (!batch.eventIds.length) return 0;
  return notices.write(batch, ctx.today(), mailDomain(ctx.settings.mailFrom ?? ''));
}
