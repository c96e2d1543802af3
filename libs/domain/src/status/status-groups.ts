import { ACTIVE_STATUSES, OPEN_STATUSES, isOneOf } from '@luyue/contracts';
import type { ObligationStatus } from '@luyue/contracts';

/** pending / acknowledged / in_progress: work outstanding, reminders apply. */
export const isOpen = (status: ObligationStatus): boolean => isOneOf(OPEN_STATUSES, status);

/** Open or submitted: not signed off yet, so it can still be overdue. */
export const isActive = (status: ObligationStatus): boolean => isOneOf(ACTIVE_STATUSES, status);
