import type { IsoDate, ObligationPermissionsDto } from '@luyue/contracts';
import type { Actor } from './actor';
import { type ObligationAccessSubject, canDecideExtension, canEditObligation, canReportProgress, canRequestExtension } from './permissions';

/**
 * What `actor` may do to the obligation besides status changes, as the api sends it with each
 * obligation (`can`): the same functions the use cases check, so a shown button is an allowed call.
 */
export function obligationPermissions(obligation: ObligationAccessSubject & { dueDate: IsoDate | null }, actor: Actor, today: IsoDate): ObligationPermissionsDto {
  const reportProgress = canReportProgress(obligation, actor);
  return {
    edit: canEditObligation(obligation, actor),
    reportProgress,
    // Evidence is part of reporting progress: the same people, while the work is active.
    uploadEvidence: reportProgress,
    requestExtension: canRequestExtension(obligation, actor, today),
    decideExtension: canDecideExtension(obligation, actor),
  };
}
