import type { ObligationStatus } from '@luyue/contracts';

/** GET /api/dashboard */
export interface DashboardData {
  byStatus: Partial<Record<ObligationStatus, number>>;
  lightsByBody: {
    bodyId: string;
    name: string;
    red: number;
    yellow: number;
    green: number;
  }[];
  overdueByBody: { bodyId: string; name: string; count: number }[];
  dueThisWeek: number;
  awaitingVerification: number;
  myOpen: number;
}

/** Shown while the endpoint is missing or failing, so cards render empty instead of crashing. */
export const EMPTY_DASHBOARD: DashboardData = {
  byStatus: {},
  lightsByBody: [],
  overdueByBody: [],
  dueThisWeek: 0,
  awaitingVerification: 0,
  myOpen: 0,
};
