import type { IsoDate } from './iso-date';
import type { ObligationStatus } from './obligation.enums';

// Shapes of the back-office endpoints of issue 20, shared by the api and the admin.

/** GET /api/body-registry: a body, how much it leads, and where its name came from. */
export interface RegistryBodyDto {
  id: string;
  name: string;
  aliases: string[];
  jurisdiction: string;
  level: string;
  kind: string;
  parentId: string | null;
  /** Obligations (not discarded) it leads / partners in; users of the body. */
  ledCount: number;
  coCount: number;
  userCount: number;
  /** Regulations whose extracted subjects name it (its name or an alias). */
  sources: { id: string; title: string }[];
  /** Created by an admin in the back office (not found by extraction). */
  manual: boolean;
  /** The name without level and place (自治区交通运输部门 → 交通运输部门). */
  bareName: string;
}

export interface BodyRegistryDto {
  bodies: RegistryBodyDto[];
  /** Bodies of one jurisdiction sharing a bare name: merge candidates. */
  duplicates: { jurisdiction: string; bareName: string; ids: string[] }[];
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
