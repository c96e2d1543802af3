import type { IsoDate, IsoDateTime } from './iso-date';
import type { Light, Modality, ObligationOrigin, ObligationStatus, Priority, Recurrence, EventType, ExtensionStatus, TransitionAction } from './obligation.enums';

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

/**
 * What the requesting user may do to the obligation besides status changes, decided by the
 * domain's permission functions on the server (the admin shows buttons from it; the api re-checks).
 */
export interface ObligationPermissionsDto {
  /** PUT /obligations/:id and the bulk edit: lead bodies, assignee, due date, wording. */
  edit: boolean;
  /** POST /obligations/:id/progress. */
  reportProgress: boolean;
  /** POST /obligations/:id/evidence. */
  uploadEvidence: boolean;
  /** POST /obligations/:id/extension-requests (the api also refuses while one is pending). */
  requestExtension: boolean;
  /** POST /obligations/extension-requests/:id/decision. */
  decideExtension: boolean;
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
  subitem: number | null;
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
  /** Subject names the extractor found (lead, co) and those that resolved to no body. */
  subjects: string[];
  coSubjects: string[];
  unresolvedSubjects: string[];
  /** The duty this one replaced when its regulation was amended. */
  previousId: string | null;
  /** The regulation was amended and this duty's provision text changed (修订待审); the new wording is `amendedText`. */
  sourceChanged: boolean;
  /** The regulation was amended and this duty's provision has no counterpart: proposed for waiving. */
  sourceRemoved: boolean;
  amendedText: string | null;
  latestProgress: ProgressSummaryDto | null;
  /** For the requesting user, from allowedTransitions in @luyue/domain; render as action buttons. */
  allowedTransitions: TransitionOptionDto[];
  /** For the requesting user: the other actions (edit, progress, evidence, extensions). */
  can: ObligationPermissionsDto;
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

/** The fields an edit may change (PUT /obligations/:id adds `version`; the bulk edit applies them to every id). */
export interface ObligationEditFields {
  title?: string;
  text?: string;
  dueDate?: IsoDate | null;
  priority?: Priority;
  recurrence?: Recurrence;
  assigneeId?: string | null;
  leadBodyIds?: string[];
  coBodyIds?: string[];
  modality?: Modality;
  subjects?: string[];
}

/** At most this many obligations in one bulk edit. */
export const BULK_EDIT_MAX_IDS = 1000;

/**
 * PUT /obligations: one edit applied to every id in one transaction, all or nothing. `versions`
 * (id → the ObligationDto.version the user saw) makes a concurrent change fail with 409.
 */
export interface ObligationBulkEditRequest {
  ids: string[];
  data: ObligationEditFields;
  versions?: Record<string, number>;
}

export interface ObligationBulkEditResult {
  /** The obligations changed, in the order given. */
  ids: string[];
}

/** Row of GET /obligation-events (the append-only audit log). */
export interface ObligationEventDto {
  id: string;
  obligationId: string | null;
  type: EventType;
  fromStatus: ObligationStatus | null;
  toStatus: ObligationStatus | null;
  actorId: string | null;
  note: string | null;
  /** Type-specific details, e.g. { from, to } of a due date change or the evidence file name. */
  data: Record<string, unknown> | null;
  createdAt: IsoDateTime;
}

/** GET /obligations/:id/extension-requests */
export interface ExtensionRequestItemDto {
  id: string;
  obligationId: string;
  requestedBy: string;
  reason: string;
  currentDueDate: IsoDate | null;
  proposedDueDate: IsoDate;
  status: ExtensionStatus;
  decidedBy: string | null;
  decisionNote: string | null;
  decidedAt: IsoDateTime | null;
  createdAt: IsoDateTime;
}

/** GET /obligations/:id/evidence (佐证材料) */
export interface EvidenceDto {
  id: string;
  obligationId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: IsoDateTime;
}
