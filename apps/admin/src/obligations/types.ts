import type { ObligationDto, ObligationStatus } from '@luyue/contracts';

/** An obligation as the list/show endpoints send it (the DTO plus per-user extras). */
export interface Obligation extends ObligationDto {
  /** Raw subject names the extractor found, before mapping to bodies. */
  subjects: string[];
  /** Statuses the current user may move it to; drives the action buttons. */
  allowedTransitions: ObligationStatus[];
}

/** Row of the obligation-events resource (append-only audit log). */
export interface ObligationEvent {
  id: string;
  obligationId: string;
  type: string;
  createdAt?: string;
  at?: string;
  note?: string | null;
  actorUserId?: string | null;
  actorName?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  payload?: Record<string, unknown> | null;
}

export interface ExtensionRequest {
  id: string;
  reason: string;
  proposedDueDate: string;
  status: 'pending' | 'approved' | 'refused';
  decisionNote?: string | null;
  requestedByName?: string | null;
  createdAt?: string;
}

export interface Evidence {
  id: string;
  fileName: string;
  size?: number;
  mimeType?: string;
  createdAt?: string;
  uploadedAt?: string;
}
