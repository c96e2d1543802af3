import { resetEnvCache } from '@luyue/config';
import { WORKER_HEARTBEAT_KEY } from '@luyue/queue';
import { type Harness, startApi } from '@luyue/testing';
import { createApp } from '../app.factory';

describe('health (integration)', () => {
  it('is public and answers 200 with database, redis and a worker heartbeat', async () => {
    const h: Harness = await startApi(createApp);
    try {
      await h.redis.set(WORKER_HEARTBEAT_KEY, new Date().toISOString(), 'EX', 60);
      const res = await h.http().get('/api/health').expect(200);
      expect(res.body.status).toBe('ok');
      expect(Object.keys(res.body.details).sort()).toEqual(['database', 'redis', 'worker']);
    } finally {
      await h.app.close();
    }
  });

  it('answers 503 naming redis when Redis is unreachable', async () => {
    const saved = process.env['REDIS_URL'];
    process.env['REDIS_URL'] = 'redis://127.0.0.1:1/0'; // nothing listens on port 1
    resetEnvCache();
    const h = await startApi(createApp, { redisReachable: false });
    try {
      const res = await h.http().get('/api/health').expect(503);
      expect(res.body.statusCode).toBe(503);
      expect(res.body.details.redis).toMatchObject({ status: 'down' });
      expect(res.body.details.database).toMatchObject({ status: 'up' });
    } finally {
      await h.app.close();
      process.env['REDIS_URL'] = saved;
      resetEnvCache();
    }
  });
});
