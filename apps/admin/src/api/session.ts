import type { LoginResponse, UserDto } from '@luyue/contracts';

// The JWT lives in localStorage so a reload keeps the session; the api also sets an
// httpOnly cookie at login, which only the Bull Board (a plain link) relies on.
const KEY = 'luyue.session';

interface StoredSession {
  token: string;
  expiresAt: number;
  user: UserDto;
}

export function saveSession(res: LoginResponse): void {
  const session: StoredSession = {
    token: res.accessToken,
    expiresAt: Date.now() + res.expiresIn * 1000,
    user: res.user,
  };
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function updateUser(user: UserDto): void {
  const session = readSession();
  if (session) localStorage.setItem(KEY, JSON.stringify({ ...session, user }));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

export function readSession(): StoredSession | null {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as StoredSession;
    // An expired token would only earn 401s; treat it as logged out.
    return session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export const getToken = (): string | null => readSession()?.token ?? null;
export const currentUser = (): UserDto | null => readSession()?.user ?? null;
