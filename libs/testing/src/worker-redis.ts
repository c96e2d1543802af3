import type Redis from 'ioredis';
import { WORKER_HEARTBEAT_INTERVAL_MS, WORKER_HEARTBEAT_KEY } from '@luyue/queue';

/**
 * Makes a suite's Redis database its own before it starts a worker: another live worker there
 * would take the suite's jobs (and have its queues flushed). A heartbeat left by a killed worker
 * never comes back once deleted; a live worker writes it again within its interval.
 */
export async function claimRedisForWorker(redis: Redis, url: string): Promise<void> {
  await redis.del(WORKER_HEARTBEAT_KEY);
  await new Promise((r) => setTimeout(r, WORKER_HEARTBEAT_INTERVAL_MS + 1_000));
  if (await redis.exists(WORKER_HEARTBEAT_KEY)) throw new Error(`a live worker is using ${url}; stop it first`);
  await redis.flushdb();
}
