import type { AdminEventType } from '@luyue/contracts';
import type { FieldChanges } from '@luyue/domain';

/** Old → new per field; a secret (the password) is recorded only as changed, never its value or hash. */
export type AdminChanges = Record<string, FieldChanges[string] | { changed: true }>;

export interface AdminEvent {
  type: AdminEventType;
  actorId: string;
  entity: 'user' | 'body' | 'regulation';
  id: string;
  changes: AdminChanges;
  /** More of what happened (a merge's target and counts), kept beside the changes. */
  extra?: Record<string, unknown>;
}

/**
 * User and body administration joins the audit trail as obligation_events rows with no
 * obligation (their own hash chain): who (actor_id), when (created_at), what (type, data.entity,
 * data.id) and old → new (data.changes). Admins read them at GET /api/admin-events.
 */
/** Administration events (port): an obligation_events row with no obligation. */
export interface AdminEventRepository {
  add(event: AdminEvent): Promise<void>;
}
