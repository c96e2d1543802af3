import type { LoginResponse } from '@luyue/contracts';
import { API_URL } from '../api/apiUrl';
import { saveSession } from '../api/session';

/**
 * POST /api/auth/login and keep the session. A plain fetch, not react-admin's fetchJson: the
 * sign-in screen runs before react-admin's code is loaded.
 */
export async function signIn(email: string, password: string): Promise<void> {
  const res = await fetch(`${API_URL}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email: email.trim(), password }),
  });
  const json: unknown = await res.json().catch(() => null);
  // A wrong email or password (401): no message, so the form says so in the user's language
  // (the api's message is English). Anything else (validation, too many attempts) keeps the api's.
  if (res.status === 401) throw new Error('');
  if (!res.ok) throw new Error(apiMessage(json) ?? `HTTP ${res.status}`);
  saveSession(json as LoginResponse);
}

function apiMessage(json: unknown): string | undefined {
  const message = (json as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : undefined;
}
