import { type Actor, ForbiddenActionError, ValidationError, canImport, fieldChanges, hasChanges } from '@luyue/domain';
import { shortTitle } from '@luyue/obligation-extractor';
import type { AppContext } from '../shared/app-context';
import { shortTitleAfterRetitle } from './short-title-rule';

export interface RegulationInput {
  title?: string;
  /** 简称; null or '' goes back to the one derived from the title. */
  shortTitle?: string | null;
}

/** PUT /regulations/:id: an admin corrects the title or the 简称; the change is an audit event. */
export class UpdateRegulationUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, input: RegulationInput) {
    if (!canImport(actor)) throw new ForbiddenActionError('edit regulations');
    await this.ctx.data.repositories.resources.get(actor, 'regulations', id);
    const title = input.title?.trim();
    if (input.title !== undefined && !title) throw new ValidationError('title must not be empty', { field: 'title' });
    await this.ctx.data.transaction(async ({ regulations, adminEvents }) => {
      const before = await regulations.titles(id);
      const nextTitle = title ?? before.title;
      const edited = input.shortTitle === undefined ? undefined : input.shortTitle?.trim() || shortTitle(nextTitle);
      const nextShort = edited ?? shortTitleAfterRetitle(before, nextTitle);
      const changes = fieldChanges<Record<string, unknown>>(before, { title: nextTitle, shortTitle: nextShort });
      if (!hasChanges(changes)) return;
      await regulations.retitle(id, nextTitle, nextShort);
      await adminEvents.add({ type: 'regulation_updated', actorId: actor.userId, entity: 'regulation', id, changes });
    });
    return this.ctx.data.repositories.resources.get(actor, 'regulations', id);
  }
}
