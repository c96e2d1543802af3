import type { ExtensionStatus, IsoDate } from '@luyue/contracts';
import type { ExtensionRequestView } from './extension-request.types';

export interface NewExtensionRequest {
  obligationId: string;
  requestedBy: string;
  reason: string;
  currentDueDate: IsoDate | null;
  proposedDueDate: IsoDate;
}

export interface ExtensionDecision {
  status: ExtensionStatus;
  decidedBy: string;
  note: string | null;
}

/** Extension requests of obligations (port). */
export interface ExtensionRepository {
  find(id: string, lock?: boolean): Promise<ExtensionRequestView | undefined>;
  hasPending(obligationId: string): Promise<boolean>;
  add(request: NewExtensionRequest): Promise<ExtensionRequestView>;
  decide(id: string, decision: ExtensionDecision): Promise<ExtensionRequestView>;
  /** Newest first. */
  ofObligation(obligationId: string): Promise<ExtensionRequestView[]>;
}
