import type { IsoDate, Light, ObligationStatus } from '@luyue/contracts';
import { diffDays } from '../time/calendar-day';
import { isActive } from './status-groups';

export const DEFAULT_YELLOW_DAYS = 3;

/**
 * Due date passed (the due day itself is not overdue) and the work is not
 * signed off: status pending / acknowledged / in_progress / submitted.
 */
export function isOverdue(dueDate: IsoDate | null, status: ObligationStatus, today: IsoDate): boolean {
  return dueDate !== null && isActive(status) && today > dueDate;
}

/**
 * List colour: red = overdue; yellow = due within `yellowDays` (today included);
 * green = later; none = no due date or not active (draft, done, waived, discarded).
 */
export function trafficLight(dueDate: IsoDate | null, status: ObligationStatus, today: IsoDate, yellowDays: number = DEFAULT_YELLOW_DAYS): Light {
  if (dueDate === null || !isActive(status)) return 'none';
  const daysLeft = diffDays(today, dueDate);
  if (daysLeft < 0) return 'red';
  return daysLeft <= yellowDays ? 'yellow' : 'green';
}
