import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { findVisible } from '../obligations/find-visible';
import type { EvidenceView } from './evidence.repository';

/** GET /obligations/:id/evidence */
export class ListEvidenceUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, obligationId: string): Promise<EvidenceView[]> {
    const { obligations, evidence } = this.ctx.data.repositories;
    await findVisible(obligations, obligationId, actor);
    return evidence.ofObligation(obligationId);
  }
}
