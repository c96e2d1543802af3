import type { EvidenceDto } from '@luyue/contracts';

/** A stored evidence file's metadata (the shared contract). */
export type EvidenceView = EvidenceDto;

/** A stored file's row: the view's fields (but its time) and where the bytes are, relative to EVIDENCE_DIR. */
export type NewEvidence = Omit<EvidenceView, 'createdAt'> & { storagePath: string };

/** 佐证材料 rows (port); the bytes are files under EVIDENCE_DIR. */
export interface EvidenceRepository {
  add(evidence: NewEvidence): Promise<EvidenceView>;
  /** Newest first. */
  ofObligation(obligationId: string): Promise<EvidenceView[]>;
  find(obligationId: string, evidenceId: string): Promise<(EvidenceView & { storagePath: string }) | undefined>;
}
