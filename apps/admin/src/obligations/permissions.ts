import {
  OPEN_STATUSES,
  isOneOf,
  type ObligationDto,
  type Role,
  type UserDto,
} from '@luyue/contracts';

// Mirrors of the extension rules in @luyue/domain (access/permissions.ts), only to decide which
// buttons to show; the api re-checks everything. Transition buttons need no mirror: the api sends
// allowedTransitions for the signed-in user.

type Who = Pick<UserDto, 'role' | 'bodyId'> | null | undefined;

/**
 * 申请延期: staff (role staff) of a lead body, and admins; managers decide requests instead of
 * making them. Only while open, with a due date that has not been reached, and none pending.
 */
export function canRequestExtension(
  obligation: Pick<ObligationDto, 'status' | 'leadBodyIds' | 'dueDate'>,
  user: Who,
  today: string,
  hasPendingRequest: boolean,
): boolean {
  if (!user) return false;
  const requester =
    user.role === 'admin' ||
    (user.role === 'staff' &&
      user.bodyId !== null &&
      obligation.leadBodyIds.includes(user.bodyId));
  return (
    requester &&
    isOneOf(OPEN_STATUSES, obligation.status) &&
    obligation.dueDate !== null &&
    today < obligation.dueDate &&
    !hasPendingRequest
  );
}

/** Approve or refuse: managers (the api checks that their scope covers a lead body) and admins. */
export const canDecideExtension = (role: Role | undefined): boolean =>
  role === 'manager' || role === 'admin';
