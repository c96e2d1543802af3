// Obligation vocabulary. Each union has a const array of its values for
// validation (class-validator @IsIn) and for UI choice lists.

export const OBLIGATION_STATUSES = [
  'draft', // extracted, awaiting admin confirmation
  'pending', // 交办: assigned, not yet acknowledged
  'acknowledged', // 签收
  'in_progress', // 办理
  'submitted', // 反馈: result reported, awaiting 复核
  'done', // 销号
  'waived',
  'discarded', // draft thrown away
] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** Statuses that get reminders (due-soon, overdue, escalation). */
export const OPEN_STATUSES = ['pending', 'acknowledged', 'in_progress'] as const satisfies readonly ObligationStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/**
 * Open plus `submitted`: the work is not signed off yet, so it can still be
 * overdue (red light), get progress reports, or be waived. No reminders at `submitted`.
 */
export const ACTIVE_STATUSES = [...OPEN_STATUSES, 'submitted'] as const satisfies readonly ObligationStatus[];
export type ActiveStatus = (typeof ACTIVE_STATUSES)[number];

/** Terminal statuses (only `done` can be reopened). */
export const CLOSED_STATUSES = ['done', 'waived', 'discarded'] as const satisfies readonly ObligationStatus[];

/** Named status changes (one UI button each); see the status machine in @luyue/domain. */
export const TRANSITION_ACTIONS = [
  'confirm', // draft → pending: admin publishes an extracted obligation (交办)
  'acknowledge', // 签收
  'start', // 办理
  'submit', // 反馈: report the result for review
  'verify', // 复核通过, 销号
  'return', // 复核退回: back to work
  'waive',
  'reopen',
  'discard', // throw a draft away
] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

export const MODALITIES = ['must', 'must_not', 'encouraged', 'may'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Traffic light shown in lists; `none` = no due date or not active. */
export const LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
export type Light = (typeof LIGHTS)[number];

export const RECURRENCES = ['none', 'monthly', 'quarterly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const PRIORITIES = ['low', 'normal', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** `extracted` = produced by the obligation extractor; `manual` = typed in by a user. */
export const OBLIGATION_ORIGINS = ['extracted', 'manual'] as const;
export type ObligationOrigin = (typeof OBLIGATION_ORIGINS)[number];

/** Rows of the obligation's append-only event log. */
export const EVENT_TYPES = [
  'created',
  'confirmed',
  'assigned',
  'status_changed',
  'due_date_changed',
  'progress_reported',
  'extension_requested',
  'extension_decided',
  'evidence_added',
  'reminder_sent',
  'reassigned',
  /** An edit of the obligation's content fields: data `{ changes: { field: { from, to } } }`. */
  'updated',
  /**
   * The regulation was amended (issue 15): data `{ regulationId, fromVersion, toVersion, change,
   * fromArticle, toArticle, fromText, toText }`, change moved | modified | removed.
   */
  'source_amended',
  /** An admin's decision on a flagged duty: data `{ decision: 'keep' | 'retire', ... }`. */
  'amendment_decided',
  // Administration events (obligation_id NULL): data `{ entity: 'user' | 'body' | 'regulation', id, changes }`.
  'user_created',
  'user_updated',
  'body_created',
  'body_updated',
  'body_deleted',
  /** An admin's edit of a regulation's title or 简称: data `{ entity: 'regulation', id, changes }`. */
  'regulation_updated',
  /** Registry cleaning (issue 20): data `{ entity: 'body', id: <merged away>, into, moved: { obligations, users, children, regulations } }`. */
  'body_merged',
  /** A name struck as no body: data `{ entity: 'body', id, name, returnedToReview }`. */
  'body_not_a_body',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The event types written with no obligation: user and body administration (admins read them). */
export const ADMIN_EVENT_TYPES = [
  'user_created',
  'user_updated',
  'body_created',
  'body_updated',
  'body_deleted',
  'regulation_updated',
  'body_merged',
  'body_not_a_body',
] as const satisfies readonly EventType[];
export type AdminEventType = (typeof ADMIN_EVENT_TYPES)[number];

export const EXTENSION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];
