export interface EvidenceView {
  id: string;
  obligationId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

/** A stored file's row: the view's fields (but its time) and where the bytes are, relative to EVIDENCE_DIR. */
export type NewEvidence = Omit<EvidenceView, 'createdAt'> & { storagePath: string };

/** 佐证材料 rows (port); the bytes are files under EVIDENCE_DIR. */
export interface EvidenceRepository {
  add(evidence: NewEvidence): Promise<EvidenceView>;
  /** Newest first. */
  ofObligation(obligationId: string): Promise<EvidenceView[]>;
  find(obligationId: string, evidenceId: string): Promise<(EvidenceView & { storagePath: string }) | undefined>;
}
