import { type Actor, ForbiddenActionError, ValidationError, canImport, fieldChanges, hasChanges } from '@luyue/domain';
import { shortTitle } from '@luyue/obligation-extractor';
import type { AppContext } from '../shared/app-context';
import { addAdminEvent } from '../audit/admin-events';
import { getResource } from '../resources/simple-list';
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
    await getResource(this.ctx.ds.manager, 'regulations', actor, id);
    const title = input.title?.trim();
    if (input.title !== undefined && !title) throw new ValidationError('title must not be empty', { field: 'title' });
    await this.ctx.ds.transaction(async (m) => {
      const [before] = (await m.query('SELECT title, short_title AS "shortTitle" FROM regulations WHERE id = $1 FOR UPDATE', [id])) as { title: string; shortTitle: string | null }[];
      const nextTitle = title ?? before.title;
      const edited = input.shortTitle === undefined ? undefined : input.shortTitle?.trim() || shortTitle(nextTitle);
      const nextShort = edited ?? shortTitleAfterRetitle(before, nextTitle);
      const changes = fieldChanges<Record<string, unknown>>(before, { title: nextTitle, shortTitle: nextShort });
      if (!hasChanges(changes)) return;
      await m.query('UPDATE regulations SET title = $2, short_title = $3, updated_at = now() WHERE id = $1', [id, nextTitle, nextShort]);
      await addAdminEvent(m, { type: 'regulation_updated', actorId: actor.userId, entity: 'regulation', id, changes });
    });
    return getResource(this.ctx.ds.manager, 'regulations', actor, id);
  }
}
