/** Redis key the worker refreshes while it runs; the api's health check reads it. */
export const WORKER_HEARTBEAT_KEY = 'luyue:worker:heartbeat';
export const WORKER_HEARTBEAT_INTERVAL_MS = 5_000;
export const WORKER_HEARTBEAT_TTL_SECONDS = 20;
