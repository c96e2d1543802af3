// GET /api/dashboard/work (WorkDashboardQuery in the api).
export type { WorkDashboardDto as WorkDashboard, WorkItemDto as WorkItem, WorkListDto as WorkList } from '@luyue/contracts';
