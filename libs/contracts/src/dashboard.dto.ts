import type { IsoDate } from './iso-date';
import type { ObligationStatus } from './obligation.enums';

/** GET /api/dashboard: counts over the obligations the user can see. */
export interface DashboardDto {
  byStatus: Partial<Record<ObligationStatus, number>>;
  lightsByBody: { bodyId: string; name: string; red: number; yellow: number; green: number }[];
  overdueByBody: { bodyId: string; name: string; count: number }[];
  /** Active obligations due from today through today + 6. */
  dueThisWeek: number;
  /** Submitted, waiting for a manager's 复核. */
  awaitingVerification: number;
  /** Open obligations assigned to me, or unassigned ones led by my body. */
  myOpen: number;
  today: IsoDate;
}

/** GET /api/dashboard/work: one line of a work list, enough to read it and open it. */
export interface WorkItemDto {
  id: string;
  title: string;
  status: ObligationStatus;
  dueDate: IsoDate | null;
  article: number | null;
  regulationId: string;
  regulationTitle: string;
  leadBodies: string[];
}

export interface WorkListDto<T = WorkItemDto> {
  total: number;
  /** The first 10. */
  items: T[];
}

export interface ExtensionWorkDto extends WorkItemDto {
  requestId: string;
  proposedDueDate: IsoDate;
  reason: string;
}

export interface WorkDashboardDto {
  today: IsoDate;
  overdue: WorkListDto;
  dueThisWeek: WorkListDto;
  awaitingVerification: WorkListDto;
  extensionRequests: WorkListDto<ExtensionWorkDto>;
  /** Monday of each of the last 12 weeks (oldest first): active duties at the week's end and how many of them were past due. */
  trend: { week: IsoDate; open: number; overdue: number }[];
}
