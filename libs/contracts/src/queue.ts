import type { IsoDate } from './iso-date';
import type { NotificationKind } from './notification.enums';
import type { OcrReportDto } from './regulation.dto';

// Queue names and job payloads shared by the API (producer) and the worker.
// Payloads carry ids only: the worker re-reads the rows, so a retried job
// never acts on stale data.

/** Daily reminder sweep: finds obligations that need reminders and creates notifications. */
export const QUEUE_SWEEP = 'luyue-sweep';
/** One job per notification row: renders and sends the e-mail. */
export const QUEUE_EMAIL = 'luyue-email';
/** One job per robot notification row (WeCom / DingTalk), rate-limited per webhook. */
export const QUEUE_ROBOT = 'luyue-robot';
/** OCR of a scanned PDF too long to read within an import request (the worker rasterises and reads it). */
export const QUEUE_OCR = 'luyue-ocr';

/** The scan travels in the job (scans are capped at 50 pages and 20 MB); the job is kept for an hour. */
export interface OcrJobPayload {
  fileName: string;
  pdfBase64: string;
}

/** The scan's text after OCR and reflow, and its OCR figures per page (the import preview's `document.ocr`). */
export interface OcrJobResult {
  fileName: string;
  text: string;
  ocr: OcrReportDto | null;
}

/** GET /regulations/ocr-jobs/:id */
export interface OcrJobStatusDto {
  id: string;
  state: 'waiting' | 'active' | 'completed' | 'failed';
  /** Pages read so far of the pages to read. */
  progress: { done: number; total: number };
  result: OcrJobResult | null;
  error: string | null;
}

export interface SweepJobPayload {
  /** Day to sweep as 'YYYY-MM-DD'; defaults to today in the configured zone. */
  today?: IsoDate;
  /** Correlates the notifications created by one sweep run (logs, re-runs). */
  sweepId?: string;
}

export interface EmailJobPayload {
  notificationId: string;
}

/** What `notificationKey` needs to name one notification. */
export interface NotificationKeyParts {
  kind: NotificationKind;
  /** Obligation id, 'digest' for the weekly digest, or `event-<id>` for a hand-off notice. */
  subjectId: string;
  /** Day the notification is for, 'YYYY-MM-DD'. */
  day: IsoDate;
  /** The user's id, or `channel-<id>` for a body's group robot. */
  recipientUserId: string;
}

export const DIGEST_SUBJECT_ID = 'digest';

const KEY_SEPARATOR = ':';

/**
 * Deterministic business key of a notification, e.g.
 * 'overdue:<obligationId>:2026-11-25:<userId>'. Store it with a unique index:
 * re-running a sweep for the same day then creates no duplicates.
 */
export function notificationKey(parts: NotificationKeyParts): string {
  const values = [parts.kind, parts.subjectId, parts.day, parts.recipientUserId];
  for (const value of values) {
    if (!value || value.includes(KEY_SEPARATOR)) {
      throw new Error(`notificationKey: part must be non-empty and contain no '${KEY_SEPARATOR}': '${value}'`);
    }
  }
  return values.join(KEY_SEPARATOR);
}

/**
 * BullMQ job id for a notification key. BullMQ rejects custom ids containing ':'
 * (and pure integers), so the separator becomes '__' and a prefix is added.
 * Using it as `jobId` makes enqueueing the same notification twice a no-op.
 */
export function notificationJobId(key: string): string {
  return `notification__${key.split(KEY_SEPARATOR).join('__')}`;
}

/** The subject part of a hand-off notice's key: one notice per event and recipient. */
export const eventSubjectId = (eventId: string | number): string => `event-${eventId}`;
/** The recipient part of a robot notification's key. */
export const channelRecipientId = (channelId: string): string => `channel-${channelId}`;

/** BullMQ job id of a robot notification (its own queue, so distinct from the e-mail job id). */
export function robotJobId(key: string): string {
  return `robot__${key.split(KEY_SEPARATOR).join('__')}`;
}
