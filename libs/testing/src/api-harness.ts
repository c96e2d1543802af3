import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JwtService } from '@nestjs/jwt';
import type { SessionClaims } from '@luyue/application';
import { resetEnvCache } from '@luyue/config';
import { REDIS, WORKER_HEARTBEAT_KEY } from '@luyue/queue';
import { createFixture, type Fixture, JURISDICTION, PASSWORD } from './fixture-tree';
import { resetDatabase } from './reset-database';

// The api's integration suites: a real app on the test database, plus the fixture's body tree and
// users. The app connects as luyue_app (APP_DATABASE_URL, derived from DATABASE_URL); `h.ds` is
// that connection. A lib may not import an app, so the suite passes the app's factory
// (apps/api/src/app.factory.ts `createApp`, the one main.ts uses).

/** Builds the configured api, not yet initialised. */
export type ApiFactory = () => Promise<NestFastifyApplication>;

export interface Harness {
  app: NestFastifyApplication;
  ds: DataSource;
  redis: Redis;
  http: () => ReturnType<typeof request>;
}

/**
 * The app, listening on nothing (supertest), with its Redis connection ready: the client queues
 * no commands while offline, so a test's first command could otherwise fail. `redisReachable:
 * false` skips that wait for suites that point REDIS_URL at nothing.
 */
export async function startApi(createApp: ApiFactory, options: { redisReachable?: boolean } = {}): Promise<Harness> {
  resetEnvCache();
  const app = await createApp();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const ds = app.get(DataSource);
  const redis = app.get<Redis>(REDIS);
  if (options.redisReachable !== false && redis.status !== 'ready') {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis not ready after 10 s (status ${redis.status})`)), 10_000);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  return { app, ds, redis, http: () => request(app.getHttpServer()) };
}

/**
 * Empty tables (as the owner: the app's own connection, luyue_app, may not TRUNCATE) and this
 * suite's Redis database (login counters), and pretend a worker runs.
 */
export async function resetState(h: Harness): Promise<void> {
  await resetDatabase();
  await h.redis.flushdb();
  await h.redis.set(WORKER_HEARTBEAT_KEY, new Date().toISOString(), 'EX', 600);
}

/** A fresh app on empty tables with the fixture's body tree and users (most suites start here). */
export async function startWithFixture(createApp: ApiFactory): Promise<{ h: Harness; fixture: Fixture }> {
  const h = await startApi(createApp);
  await resetState(h);
  return { h, fixture: await createFixture(h.ds) };
}

export async function login(h: Harness, email: string): Promise<string> {
  const res = await h.http().post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  return res.body.accessToken as string;
}

/**
 * A bearer token per fixture user, signed by the app's own JwtService with the algorithm and
 * lifetime its module configures, as the login signs (the login itself is covered by the auth
 * suite; minting here keeps suites fast and clear of the login throttle).
 */
export async function tokens(h: Harness, fixture: Fixture): Promise<Record<keyof Fixture['users'], string>> {
  const jwt = h.app.get(JwtService);
  const entries = await Promise.all(
    Object.entries(fixture.users).map(async ([k, u]) => {
      const [row] = await h.ds.query('SELECT role, body_id AS "bodyId", token_version AS ver FROM users WHERE id = $1', [u.id]);
      const claims: SessionClaims = { sub: u.id, email: u.email, role: row.role, bodyId: row.bodyId, ver: row.ver };
      return [k, await jwt.signAsync({ ...claims })] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<keyof Fixture['users'], string>;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A short regulation whose clauses name 管委会, 自贸办 and 自治区商务部门. */
export const SMALL_REGULATION = `新疆维吾尔自治区口岸协作测试条例

第一条 为了规范口岸协作，根据有关法律，结合自治区实际，制定本条例。
第二条 阿拉山口综合保税区管理委员会（以下简称管委会）负责综保区的日常管理工作。
第三条 管委会应当建立口岸通关协调机制，会同自治区商务部门每年组织开展评估。
第四条 自贸办应当加强与口岸的协作，定期发布外贸服务信息。
第五条 自治区商务部门应当做好外贸企业的服务保障工作。
第六条 有关部门应当按照各自职责做好相关工作。
第七条 本条例自2026年1月1日起施行。
`;

/** Imports SMALL_REGULATION through the api as `adminToken`: its clauses become draft obligations. */
export async function importSmallRegulation(h: Harness, adminToken: string): Promise<void> {
  await h.http().post('/api/regulations/import').set(bearer(adminToken)).send({ text: SMALL_REGULATION, fileName: 'small.txt', jurisdiction: JURISDICTION }).expect(201);
}
