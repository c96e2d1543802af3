import type { ExtensionRequestItemDto } from '@luyue/contracts';

/** An extension request as the api answers it (the shared contract). */
export type ExtensionRequestView = ExtensionRequestItemDto;

export const EXTENSION_COLUMNS = `e.id, e.obligation_id AS "obligationId", e.requested_by AS "requestedBy", e.reason,
  to_char(e.current_due_date, 'YYYY-MM-DD') AS "currentDueDate", to_char(e.proposed_due_date, 'YYYY-MM-DD') AS "proposedDueDate",
  e.status, e.decided_by AS "decidedBy", e.decision_note AS "decisionNote", e.decided_at AS "decidedAt", e.created_at AS "createdAt"`;
