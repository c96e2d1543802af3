import type { ObligationDto } from '@luyue/contracts';

/** An obligation as the list/show endpoints send it (the DTO plus the extractor's subjects). */
export interface Obligation extends ObligationDto {
  /** Raw subject names the extractor found, before mapping to bodies. */
  subjects: string[];
  /** Flagged by an amendment of the regulation (修订待审): its provision changed (new wording in amendedText) … */
  sourceChanged?: boolean;
  /** … or has no counterpart in the new version. */
  sourceRemoved?: boolean;
  amendedText?: string | null;
}

/** Row of the obligation-events resource (append-only audit log). */
export interface ObligationEvent {
  id: string;
  obligationId: string;
  type: string;
  createdAt?: string;
  at?: string;
  note?: string | null;
  actorId?: string | null;
  actorName?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  /** Type-specific details, e.g. { from, to } of a due date change or the evidence file name. */
  data?: Record<string, unknown> | null;
}

export interface ExtensionRequest {
  id: string;
  reason: string;
  proposedDueDate: string;
  status: 'pending' | 'approved' | 'refused';
  currentDueDate?: string | null;
  decisionNote?: string | null;
  createdAt?: string;
}

export interface Evidence {
  id: string;
  fileName: string;
  size?: number;
  contentType?: string;
  createdAt?: string;
}
