import type { EntityManager } from 'typeorm';
import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { obligationScope } from '../access/actor.loader';
import { type SessionCheck, type SessionState, confirmSession } from '../access/session-check';
import { type ListQuery, type Page, type RawListQuery, parseListQuery } from '../shared/list-query';
import { OBLIGATION_LIST_RULES } from './obligation-filter';
import { toObligationView } from './obligation.mapper';
import { ObligationRepository } from './obligation.repository';
import type { ObligationRow, ObligationView } from './obligation.types';

/** GET /obligations: the actor's visible obligations, filtered, sorted and paged. */
export class ListObligationsUseCase {
  private readonly repo = new ObligationRepository();
  constructor(private readonly ctx: AppContext) {}

  /** With `session` (a cached session, see SessionCheck), the page's statement also checks it. */
  async execute(actor: Actor, raw: RawListQuery, session?: SessionCheck): Promise<Page<ObligationView> & { query: ListQuery }> {
    const query = parseListQuery(raw, OBLIGATION_LIST_RULES);
    const m = this.ctx.ds.manager;
    const page = await this.rows(actor, query, m, session);
    const current = session ? await confirmSession(m, this.ctx.actors, actor, session, page.session) : actor;
    const today = this.ctx.today();
    return { query, total: page.total, rows: page.rows.map((r) => toObligationView(r, { actor: current, today, yellowDays: this.ctx.settings.yellowDays })) };
  }

  /** Raw rows for the same filter (the 台账 export reuses it, in a transaction of its own). */
  async rows(actor: Actor, query: ListQuery, m: EntityManager = this.ctx.ds.manager, session?: SessionCheck): Promise<Page<ObligationRow> & { session?: SessionState }> {
    const today = this.ctx.today();
    return this.repo.list(m, query, { today, yellowUntil: this.ctx.yellowUntil(today), scope: obligationScope(actor) }, this.ctx.listTotals, session);
  }
}

/** GET /obligations/:id */
export class GetObligationUseCase {
  private readonly repo = new ObligationRepository();
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string): Promise<ObligationView> {
    const row = await this.repo.findVisible(this.ctx.ds.manager, id, actor);
    return toObligationView(row, { actor, today: this.ctx.today(), yellowDays: this.ctx.settings.yellowDays });
  }
}
