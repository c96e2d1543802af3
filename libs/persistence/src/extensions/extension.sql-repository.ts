import type { EntityManager } from 'typeorm';
import { type ExtensionDecision, type ExtensionRepository, type ExtensionRequestView, type NewExtensionRequest, isUuid } from '@luyue/application';
import { rowsOf } from '../shared/sql';

const EXTENSION_COLUMNS = `e.id, e.obligation_id AS "obligationId", e.requested_by AS "requestedBy", e.reason,
  to_char(e.current_due_date, 'YYYY-MM-DD') AS "currentDueDate", to_char(e.proposed_due_date, 'YYYY-MM-DD') AS "proposedDueDate",
  e.status, e.decided_by AS "decidedBy", e.decision_note AS "decisionNote", e.decided_at AS "decidedAt", e.created_at AS "createdAt"`;

export class SqlExtensionRepository implements ExtensionRepository {
  constructor(private readonly m: EntityManager) {}

  async find(id: string, lock = false): Promise<ExtensionRequestView | undefined> {
    if (!isUuid(id)) return undefined;
    const [request]: ExtensionRequestView[] = await this.m.query(`SELECT ${EXTENSION_COLUMNS} FROM extension_requests e WHERE e.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return request;
  }

  async hasPending(obligationId: string): Promise<boolean> {
    const [pending] = await this.m.query(`SELECT 1 FROM extension_requests WHERE obligation_id = $1 AND status = 'pending'`, [obligationId]);
    return Boolean(pending);
  }

  async add(r: NewExtensionRequest): Promise<ExtensionRequestView> {
    const [request]: ExtensionRequestView[] = await this.m.query(
      `INSERT INTO extension_requests AS e (obligation_id, requested_by, reason, current_due_date, proposed_due_date)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${EXTENSION_COLUMNS}`,
      [r.obligationId, r.requestedBy, r.reason, r.currentDueDate, r.proposedDueDate],
    );
    return request;
  }

  async decide(id: string, decision: ExtensionDecision): Promise<ExtensionRequestView> {
    const [decided] = rowsOf<ExtensionRequestView>(
      await this.m.query(`UPDATE extension_requests e SET status = $2, decided_by = $3, decision_note = $4, decided_at = now() WHERE e.id = $1 RETURNING ${EXTENSION_COLUMNS}`, [
        id,
        decision.status,
        decision.decidedBy,
        decision.note,
      ]),
    );
    return decided;
  }

  ofObligation(obligationId: string): Promise<ExtensionRequestView[]> {
    return this.m.query(`SELECT ${EXTENSION_COLUMNS} FROM extension_requests e WHERE e.obligation_id = $1 ORDER BY e.created_at DESC`, [obligationId]);
  }
}
