import type { EventNotificationKind, IsoDate } from '@luyue/contracts';
import type { NoticeAudience } from '@luyue/domain';

/** The notices of one transaction's events, as noticeForEvent decided them (parallel arrays). */
export interface EventNoticeBatch {
  eventIds: string[];
  kinds: EventNotificationKind[];
  audiences: NoticeAudience[];
  /** Users a change brought in, per event. */
  newcomers: { eventIds: string[]; userIds: string[] };
  /** Bodies a change added, per event (their staff and robots hear of it). */
  added: { eventIds: string[]; bodyIds: string[] };
}

/** Outbox rows of hand-off notices (port). */
export interface EventNoticeRepository {
  /** Writes one row per recipient of each notice (keys unique: a second write adds nothing); answers how many. */
  write(batch: EventNoticeBatch, day: IsoDate, messageIdDomain: string): Promise<number>;
}
