import type { IsoDate, IsoDateTime } from './iso-date';
import type {
  Light,
  Modality,
  ObligationOrigin,
  ObligationStatus,
  Priority,
  Recurrence,
  TransitionAction,
} from './obligation.enums';

/** Most recent progress report, shown in lists without loading the event log. */
export interface ProgressSummaryDto {
  note: string;
  reportedAt: IsoDateTime;
  reportedByUserId: string;
}

/** A status change the current user may make now (the admin UI cannot import @luyue/domain). */
export interface TransitionOptionDto {
  action: TransitionAction;
  to: ObligationStatus;
  /** Ask for a note before sending (submit, return, waive, reopen). */
  noteRequired: boolean;
}

export interface ObligationDto {
  id: string;
  /** Optimistic-lock version; echo it back in TransitionRequest.version. */
  version: number;
  status: ObligationStatus;
  /** Derived on read (trafficLight in @luyue/domain), never stored. */
  light: Light;
  /** Derived on read (isOverdue in @luyue/domain). */
  overdue: boolean;
  /** 牵头单位: responsible bodies; at least one once confirmed. */
  leadBodyIds: string[];
  /** 配合单位: supporting bodies; may view and report progress only. */
  coBodyIds: string[];
  assigneeId: string | null;
  dueDate: IsoDate | null;
  regulationId: string | null;
  /** The regulation's full title and its 简称 (《口岸条例》, derived from the title, editable). */
  regulationTitle: string | null;
  regulationShortTitle: string | null;
  provisionId: string | null;
  /** Position in the source: 第N条 (or task N), paragraph, （N） item. */
  article: number | null;
  paragraph: number | null;
  item: number | null;
  /** Clause text as in the source. */
  text: string;
  title: string;
  modality: Modality;
  /** True when the duty is to set up or improve a mechanism / system / platform. */
  mechanism: boolean;
  recurrence: Recurrence;
  priority: Priority;
  /** Extractor confidence 0..1; null for manual obligations. */
  confidence: number | null;
  origin: ObligationOrigin;
  latestProgress: ProgressSummaryDto | null;
  /** For the requesting user, from allowedTransitions in @luyue/domain; render as action buttons. */
  allowedTransitions: TransitionOptionDto[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** POST /obligations/:id/transitions */
export interface TransitionRequest {
  to: ObligationStatus;
  /** Required for submit (反馈), return, waive and reopen. */
  note?: string;
  /** The ObligationDto.version the user saw; a mismatch gives 409 stale_version. */
  version: number;
}
