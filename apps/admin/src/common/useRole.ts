import { usePermissions } from 'react-admin';
import type { Role } from '@luyue/contracts';

/** The signed-in user's role (authProvider.getPermissions), for role-aware menus and buttons. */
export function useRole(): Role | undefined {
  return usePermissions<Role | undefined>().permissions;
}
