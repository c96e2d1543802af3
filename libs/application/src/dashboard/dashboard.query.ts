import type { DashboardDto } from '@luyue/contracts';
import type { Actor } from '@luyue/domain';

/** GET /dashboard (the shared contract). */
export type DashboardView = DashboardDto;

/** GET /dashboard: counts over the obligations the actor can see (port; libs/persistence's SqlDashboardQuery). */
export abstract class DashboardQuery {
  abstract execute(actor: Actor): Promise<DashboardView>;
  /** The same view as UTF-8 JSON (what GET /dashboard sends). */
  abstract executeJson(actor: Actor): Promise<Buffer>;
}
