import type { WorkDashboardDto } from '@luyue/contracts';
import type { Actor } from '@luyue/domain';

/**
 * GET /dashboard/work: overdue and due this week in my bodies, work and extension requests
 * waiting for my decision, a 12-week trend (port; libs/persistence's SqlWorkDashboardQuery).
 */
export abstract class WorkDashboardQuery {
  abstract execute(actor: Actor): Promise<WorkDashboardDto>;
}
