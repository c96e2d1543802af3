import type { fetchUtils } from 'react-admin';

// GET requests started while the app is still starting, for the first page it will show. React-admin
// asks for a list only after several render passes (checkAuth, permissions, layout, list), about
// a second after the bundle runs on a slow machine; the request's own time then adds to that. A
// prefetched response is handed to the first identical GET (same URL and headers) within MAX_AGE_MS, once.

type JsonResponse = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;

const MAX_AGE_MS = 10_000;
const pending = new Map<
  string,
  { at: number; response: Promise<JsonResponse> }
>();
let recording = false;

/** Runs `start` (which issues GETs through httpClient) with its requests kept for their first real caller. */
export function prefetch(start: () => Promise<unknown>): void {
  recording = true;
  try {
    // A failed prefetch is not reported here: the real caller gets the same error and handles it.
    start().catch(() => undefined);
  } finally {
    recording = false;
  }
}

/** httpClient's GET: a kept prefetch of this request, or (while prefetching) a new one kept for later. */
export function prefetched(
  request: string,
  send: () => Promise<JsonResponse>,
): Promise<JsonResponse> {
  const kept = pending.get(request);
  if (kept) {
    pending.delete(request);
    if (Date.now() - kept.at < MAX_AGE_MS) return kept.response;
  }
  const response = send();
  if (recording) {
    response.catch(() => undefined);
    pending.set(request, { at: Date.now(), response });
  }
  return response;
}
