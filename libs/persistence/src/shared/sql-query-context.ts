import type { DataSource } from 'typeorm';
import type { AppContext } from '@luyue/application';

/** What a read model in SQL needs: the connection, and the context's today and settings. */
export type SqlQueryContext = Pick<AppContext, 'today' | 'yellowUntil' | 'settings'> & { readonly ds: DataSource };

/** The AppContext with the data source beside it (the read models keep their `ctx.ds.query(…)` as written). */
export function sqlQueryContext(ctx: AppContext, ds: DataSource): SqlQueryContext {
  return { ds, settings: ctx.settings, today: () => ctx.today(), yellowUntil: (today) => ctx.yellowUntil(today) };
}
