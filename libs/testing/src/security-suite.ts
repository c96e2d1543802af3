import Redis from 'ioredis';
import { WORKER_HEARTBEAT_KEY } from '@luyue/queue';
import { ApiProcess } from './api-process';
import { DEMO } from './demo-logins';
import { freePort } from './free-port';
import { Http } from './http-client';
import { seededDatabase } from './seeded-database';

/** What a security suite works against; see startSecuritySuite. */
export interface SecuritySuite {
  api: ApiProcess;
  http: Http;
  /** The suite's own seeded database. */
  url: string;
  redis: Redis;
  /** Tokens of the demo admin and of 管委会 staff. */
  admin: string;
  staff: string;
  stop(): Promise<void>;
}

/**
 * The api as a child process on a fresh seeded copy `database`, with Redis db `redisUrl` emptied
 * and a worker heartbeat set (so health stays green without a worker), and two users signed in.
 */
export async function startSecuritySuite(o: { database: string; redisUrl: string; env?: Record<string, string>; logFile?: string }): Promise<SecuritySuite> {
  const url = await seededDatabase(o.database);
  const redis = new Redis(o.redisUrl);
  const api = new ApiProcess({ DATABASE_URL: url, REDIS_URL: o.redisUrl, PORT: String(await freePort()), ...o.env }, o.logFile);
  const stop = async () => {
    await api.stop();
    await redis.quit();
  };
  try {
    await redis.flushdb();
    await redis.set(WORKER_HEARTBEAT_KEY, new Date().toISOString(), 'EX', 3600);
    await api.start();
    const http = new Http(api.baseUrl);
    return { api, http, url, redis, admin: await http.login(DEMO.admin), staff: await http.login(DEMO.staffGwh), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
