import type { AuthProvider } from 'react-admin';
import type { Role, UserDto } from '@luyue/contracts';
import { API_URL, httpClient } from '../api/http';
import {
  clearSession,
  currentUser,
  getToken,
  updateUser,
} from '../api/session';
import { signIn } from './signIn';

export const authProvider: AuthProvider = {
  // react-admin's login form calls the field `username`; the api expects `email`.
  login: ({ username, password }: { username: string; password: string }) =>
    signIn(username, password),
  async logout() {
    // Also clears the httpOnly cookie the Bull Board link relies on.
    if (getToken())
      await httpClient(`${API_URL}/auth/logout`, { method: 'POST' }).catch(
        () => undefined,
      );
    clearSession();
  },
  async checkAuth() {
    // Without a session there is nothing to log out of: react-admin's logout on every failed
    // check resets its store and re-renders the whole tree, which re-runs the check (a loop of
    // hundreds of redirects before the login form settled). Just send the user to the form.
    if (!getToken())
      throw { redirectTo: '/login', logoutUser: false, message: false };
  },
  async checkError(error: { status?: number }) {
    // 403 means "not for your role": stay logged in and just show the message.
    if (error?.status === 401) {
      clearSession();
      throw new Error('ra.auth.auth_check_error');
    }
  },
  async getIdentity() {
    let user = currentUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    try {
      // Refresh name/role/body in case an admin changed them since login.
      const { json } = await httpClient(`${API_URL}/auth/me`);
      user = json as UserDto;
      updateUser(user);
    } catch {
      /* offline or old token: keep the stored copy */
    }
    return {
      id: user.id,
      fullName: user.name,
      role: user.role,
      bodyId: user.bodyId,
      email: user.email,
    };
  },
  async getPermissions(): Promise<Role | undefined> {
    return currentUser()?.role;
  },
};
