import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { findVisible } from '../obligations/find-visible';
import type { ExtensionRequestView } from './extension-request.types';

/** GET /obligations/:id/extension-requests */
export class ListExtensionRequestsUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, obligationId: string): Promise<ExtensionRequestView[]> {
    const { obligations, extensions } = this.ctx.data.repositories;
    await findVisible(obligations, obligationId, actor);
    return extensions.ofObligation(obligationId);
  }
}
