import type { EntityManager } from 'typeorm';
import { type EvidenceRepository, type EvidenceView, type NewEvidence, isUuid } from '@luyue/application';

const COLUMNS = `id, obligation_id AS "obligationId", file_name AS "fileName", content_type AS "contentType", size, sha256, uploaded_by AS "uploadedBy", created_at AS "createdAt"`;

export class SqlEvidenceRepository implements EvidenceRepository {
  constructor(private readonly m: EntityManager) {}

  async add(e: NewEvidence): Promise<EvidenceView> {
    const [row]: EvidenceView[] = await this.m.query(
      `INSERT INTO evidence (id, obligation_id, file_name, content_type, size, sha256, storage_path, uploaded_by) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING ${COLUMNS}`,
      [e.id, e.obligationId, e.fileName, e.contentType, e.size, e.sha256, e.storagePath, e.uploadedBy],
    );
    return row;
  }

  ofObligation(obligationId: string): Promise<EvidenceView[]> {
    return this.m.query(`SELECT ${COLUMNS} FROM evidence WHERE obligation_id = $1 ORDER BY created_at DESC`, [obligationId]);
  }

  async find(obligationId: string, evidenceId: string): Promise<(EvidenceView & { storagePath: string }) | undefined> {
    if (!isUuid(evidenceId)) return undefined;
    const [row]: (EvidenceView & { storagePath: string })[] = await this.m.query(`SELECT ${COLUMNS}, storage_path AS "storagePath" FROM evidence WHERE id = $1 AND obligation_id = $2`, [
      evidenceId,
      obligationId,
    ]);
    return row;
  }
}
