import type { ExtensionStatus, IsoDate } from '@luyue/contracts';

export interface ExtensionRequestView {
  id: string;
  obligationId: string;
  requestedBy: string;
  reason: string;
  currentDueDate: IsoDate | null;
  proposedDueDate: IsoDate;
  status: ExtensionStatus;
  decidedBy: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
  createdAt: string;
}
