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

export interface NewEvidence {
  id: string;
  obligationId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  /** Relative to EVIDENCE_DIR. */
  storagePath: string;
  uploadedBy: string;
}

/** 佐证材料 rows (port); the bytes are files under EVIDENCE_DIR. */
export interface EvidenceRepository {
  add(evidence: NewEvidence): Promise<EvidenceView>;
  /** Newest first. */
  ofObligation(obligationId: string): Promise<EvidenceView[]>;
  find(obligationId: string, evidenceId: string): Promise<(EvidenceView & { storagePath: string }) | undefined>;
}
