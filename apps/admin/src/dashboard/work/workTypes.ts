import type { ObligationStatus } from '@luyue/contracts';

/** GET /api/dashboard/work (WorkDashboardQuery in the api). */
export interface WorkItem {
  id: string;
  title: string;
  status: ObligationStatus;
  dueDate: string | null;
  article: number | null;
  regulationId: string;
  regulationTitle: string;
  leadBodies: string[];
}

export interface WorkList<T = WorkItem> {
  total: number;
  items: T[];
}

export interface WorkDashboard {
  today: string;
  overdue: WorkList;
  dueThisWeek: WorkList;
  awaitingVerification: WorkList;
  extensionRequests: WorkList<WorkItem & { requestId: string; proposedDueDate: string; reason: string }>;
  trend: { week: string; open: number; overdue: number }[];
}
