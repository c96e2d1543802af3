import { BULK_EDIT_MAX_IDS, type ObligationBulkEditRequest, type ObligationBulkEditResult } from '@luyue/contracts';
import { type Actor, DomainError, ValidationError } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { isUuid } from '../shared/ids';
import { UpdateObligationUseCase } from './update-obligation.use-case';

/**
 * PUT /obligations: one edit applied to many obligations in one transaction, all or nothing. Each
 * item goes through the single edit (the same permission checks, events and hand-off notices), so
 * one forbidden, missing or stale id fails the whole request and leaves every row as it was.
 */
export class BulkUpdateObligationsUseCase {
  private readonly single: UpdateObligationUseCase;
  constructor(private readonly ctx: AppContext) {
    this.single = new UpdateObligationUseCase(ctx);
  }

  async execute(actor: Actor, command: ObligationBulkEditRequest): Promise<ObligationBulkEditResult> {
    const versions = checkedVersions(command);
    // Rows are locked in id order, so two bulk edits over the same rows wait for each other instead of deadlocking.
    const ordered = [...command.ids].sort();
    await this.ctx.data.transaction(async (repos) => {
      for (const id of ordered) {
        // Without the version the user saw, the edit applies to the row as it is now.
        const version = versions.get(id) ?? (await repos.obligations.findRow(id, true))?.version ?? 0;
        await this.single.applyIn(repos, actor, id, { ...command.data, version }).catch((error: unknown) => {
          throw error instanceof DomainError ? new DomainError(error.code, error.message, { ...error.details, id }) : error;
        });
      }
    });
    return { ids: command.ids };
  }
}

/** The request's shape again (the api's DTO checks it first): distinct uuids, within the cap, versions only for them. */
function checkedVersions(command: ObligationBulkEditRequest): Map<string, number> {
  const { ids } = command;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > BULK_EDIT_MAX_IDS) {
    throw new ValidationError(`ids must list 1 to ${BULK_EDIT_MAX_IDS} obligations`, { field: 'ids' });
  }
  if (!ids.every(isUuid) || new Set(ids).size !== ids.length) throw new ValidationError('ids must be distinct uuids', { field: 'ids' });
  const versions = new Map<string, number>();
  // Own enumerable keys only, each of which must name an id of the request (the api's body parsing
  // already refuses __proto__ and drops keys named after Object.prototype members).
  for (const [id, version] of Object.entries(command.versions ?? {})) {
    if (!ids.includes(id)) throw new ValidationError('versions names an obligation not in ids', { field: 'versions', id });
    if (!Number.isInteger(version) || version < 1) throw new ValidationError('a version must be a positive integer', { field: 'versions', id });
    versions.set(id, version);
  }
  return versions;
}
