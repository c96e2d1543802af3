import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { Repositories } from '../shared/repositories';
import { obligationScope } from '../access/actor.loader';
import { type SessionCheck, type SessionState, confirmSession } from '../access/session-check';
import { type ListQuery, type Page, type RawListQuery, parseListQuery } from '../shared/list-query';
import { toObligationView } from './obligation.mapper';
import { findVisible } from './find-visible';
import type { ObligationRow, ObligationView } from './obligation.types';

/** GET /obligations: the actor's visible obligations, filtered, sorted and paged. */
export class ListObligationsUseCase {
  constructor(private readonly ctx: AppContext) {}

  /** With `session` (a cached session, see SessionCheck), the page's statement also checks it. */
  async execute(actor: Actor, raw: RawListQuery, session?: SessionCheck): Promise<Page<ObligationView> & { query: ListQuery }> {
    const repos = this.ctx.data.repositories;
    const query = parseListQuery(raw, repos.obligations.listRules);
    const page = await this.rows(actor, query, repos, session);
    const current = session ? await confirmSession(repos, this.ctx.actors, actor, session, page.session) : actor;
    const today = this.ctx.today();
    return { query, total: page.total, rows: page.rows.map((r) => toObligationView(r, { actor: current, today, yellowDays: this.ctx.settings.yellowDays })) };
  }

  /** Raw rows for the same filter (the 台账 export reuses it, in a transaction of its own). */
  async rows(actor: Actor, query: ListQuery, repos: Pick<Repositories, 'obligations'> = this.ctx.data.repositories, session?: SessionCheck): Promise<Page<ObligationRow> & { session?: SessionState }> {
    const today = this.ctx.today();
    return repos.obligations.list(query, { today, yellowUntil: this.ctx.yellowUntil(today), scope: obligationScope(actor) }, this.ctx.listCaches, session);
  }
}

/** GET /obligations/:id */
export class GetObligationUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string): Promise<ObligationView> {
    const row = await findVisible(this.ctx.data.repositories.obligations, id, actor);
    return toObligationView(row, { actor, today: this.ctx.today(), yellowDays: this.ctx.settings.yellowDays });
  }
}
