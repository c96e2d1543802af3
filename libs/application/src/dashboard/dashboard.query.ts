import type { ObligationStatus } from '@luyue/contracts';
import type { Actor } from '@luyue/domain';

export interface DashboardView {
  byStatus: Partial<Record<ObligationStatus, number>>;
  lightsByBody: { bodyId: string; name: string; red: number; yellow: number; green: number }[];
  overdueByBody: { bodyId: string; name: string; count: number }[];
  /** Active obligations due from today through today + 6. */
  dueThisWeek: number;
  /** Submitted, waiting for a manager's 复核. */
  awaitingVerification: number;
  /** Open obligations assigned to me, or unassigned ones led by my body. */
  myOpen: number;
  today: string;
}

/** GET /dashboard: counts over the obligations the actor can see (port; libs/persistence's SqlDashboardQuery). */
export abstract class DashboardQuery {
  abstract execute(actor: Actor): Promise<DashboardView>;
}
