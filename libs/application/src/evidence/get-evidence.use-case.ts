import { resolve } from 'node:path';
import { type Actor, NotFoundError } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { findVisible } from '../obligations/find-visible';
import type { EvidenceView } from './evidence.repository';

/** GET /obligations/:id/evidence/:eid: metadata plus the absolute path of the stored bytes. */
export class GetEvidenceUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, obligationId: string, evidenceId: string): Promise<EvidenceView & { path: string }> {
    const { obligations, evidence } = this.ctx.data.repositories;
    await findVisible(obligations, obligationId, actor);
    const row = await evidence.find(obligationId, evidenceId);
    if (!row) throw new NotFoundError('Evidence', evidenceId);
    const { storagePath, ...view } = row;
    return { ...view, path: resolve(this.ctx.settings.evidenceDir, storagePath) };
  }
}
