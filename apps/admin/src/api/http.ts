import { fetchUtils, HttpError } from 'react-admin';
import { getToken } from './session';
import { prefetched } from './prefetch';
import { API_URL } from './apiUrl';

export { API_URL };

/** fetchJson with the Bearer token; errors carry the api's `message` (ra-core reads json.message). */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(
    options.headers ?? { Accept: 'application/json' },
  );
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const send = () => fetchUtils.fetchJson(url, { ...options, headers });
  if ((options.method ?? 'GET') !== 'GET' || options.body) return send();
  // The same URL and headers (the token, react-admin's Range) is the same request.
  return prefetched(`${url} ${JSON.stringify([...headers])}`, send);
}

/** JSON call to a non-CRUD endpoint, e.g. apiCall('/obligations/1/transitions', { method: 'POST', body }). */
export async function apiCall<T = unknown>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const body =
    init.body === undefined
      ? undefined
      : init.body instanceof FormData
        ? init.body
        : JSON.stringify(init.body);
  const { json } = await httpClient(`${API_URL}${path}`, {
    method: init.method ?? 'GET',
    body,
  });
  return json as T;
}

/** Multipart upload of one file under the field name `file`, plus optional text fields. */
export function apiUpload<T = unknown>(
  path: string,
  file: File,
  fields: Record<string, string> = {},
): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file);
  return apiCall<T>(path, { method: 'POST', body: form });
}

/** Downloads a binary endpoint with the token (a plain link would not send it) and saves it. */
export async function apiDownload(
  path: string,
  fallbackName: string,
): Promise<void> {
  const token = getToken();
  const res = await fetch(`${API_URL}${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) {
    const err = await res.json().catch(() => null);
    throw new HttpError(err?.message ?? res.statusText, res.status, err);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download =
    fileNameFrom(res.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before releasing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}

/** Human-readable message of any thrown value, for notifications. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string') return error;
  return 'ra.notification.http_error';
}
