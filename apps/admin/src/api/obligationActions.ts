import type {
  EvidenceDto,
  ExtensionRequestItemDto,
  ObligationBulkEditRequest,
  ObligationBulkEditResult,
  ObligationDto,
  ReassignResultDto,
  TransitionRequest,
} from '@luyue/contracts';
import type { UpdateManyParams } from 'react-admin';
import { apiCall, apiDownload, apiUpload } from './http';

// The obligation endpoints beyond CRUD, as data provider methods (each answers { data }, as
// react-admin's own methods do).

const obligationPath = (id: string) => `/obligations/${encodeURIComponent(id)}`;
const data = async <T>(answer: Promise<T>) => ({ data: await answer });

export interface SubjectMapping {
  subject: string;
  bodyId: string;
}

export const obligationActions = {
  /** `request.version` makes a concurrent change fail with 409 instead of being overwritten. */
  transition: (id: string, request: TransitionRequest) =>
    data(
      apiCall<ObligationDto>(`${obligationPath(id)}/transitions`, {
        method: 'POST',
        body: request,
      }),
    ),
  reportProgress: (id: string, note: string) =>
    data(
      apiCall<ObligationDto>(`${obligationPath(id)}/progress`, {
        method: 'POST',
        body: { note },
      }),
    ),
  extensionRequests: (id: string) =>
    data(
      apiCall<ExtensionRequestItemDto[]>(
        `${obligationPath(id)}/extension-requests`,
      ),
    ),
  requestExtension: (
    id: string,
    request: { reason: string; proposedDueDate: string },
  ) =>
    data(
      apiCall<ExtensionRequestItemDto>(
        `${obligationPath(id)}/extension-requests`,
        { method: 'POST', body: request },
      ),
    ),
  decideExtension: (
    requestId: string,
    decision: { approve: boolean; note?: string },
  ) =>
    data(
      apiCall<ExtensionRequestItemDto>(
        `/obligations/extension-requests/${encodeURIComponent(requestId)}/decision`,
        { method: 'POST', body: decision },
      ),
    ),
  evidence: (id: string) =>
    data(apiCall<EvidenceDto[]>(`${obligationPath(id)}/evidence`)),
  uploadEvidence: (id: string, file: File) =>
    data(apiUpload<EvidenceDto>(`${obligationPath(id)}/evidence`, file)),
  /** Saves the file (a plain link would not send the token). */
  downloadEvidence: (id: string, file: Pick<EvidenceDto, 'id' | 'fileName'>) =>
    apiDownload(
      `${obligationPath(id)}/evidence/${encodeURIComponent(file.id)}`,
      file.fileName,
    ),
  /** Every open obligation of one user handed to another. */
  reassign: (fromUserId: string, toUserId: string) =>
    data(
      apiCall<ReassignResultDto>('/obligations/reassign', {
        method: 'POST',
        body: { fromUserId, toUserId },
      }),
    ),
  /** Drafts → pending, mapping extracted subject names to bodies on the way. */
  confirmDrafts: (ids: string[], mappings: SubjectMapping[] = []) =>
    data(
      apiCall<{ confirmed: ObligationDto[] }>('/obligations/confirm', {
        method: 'POST',
        body: { ids, mappings },
      }),
    ),
  /** 修订待审: keep the amended wording or retire the duty. */
  decideAmendment: (
    id: string,
    decision: { decision: 'keep' | 'retire'; version: number },
  ) =>
    data(
      apiCall<ObligationDto>(`${obligationPath(id)}/amendment`, {
        method: 'POST',
        body: decision,
      }),
    ),
  /** The 台账 (xlsx) or 分工表 (docx) of a filter and sort, saved as a file. */
  downloadLedger: (query: URLSearchParams, fallbackName: string) =>
    apiDownload(`/obligations/export?${query}`, fallbackName),
};

/**
 * updateMany of obligations: one PUT /obligations, applied in one transaction (all or nothing).
 * `meta.versions` (id → the version the user saw) makes a concurrent change fail with 409.
 */
export async function bulkEditObligations(
  params: UpdateManyParams,
): Promise<{ data: string[] }> {
  const versions = (
    params.meta as { versions?: Record<string, number> } | undefined
  )?.versions;
  const body: ObligationBulkEditRequest = {
    ids: params.ids.map(String),
    data: params.data,
    ...(versions ? { versions } : {}),
  };
  const result = await apiCall<ObligationBulkEditResult>('/obligations', {
    method: 'PUT',
    body,
  });
  return { data: result.ids };
}
