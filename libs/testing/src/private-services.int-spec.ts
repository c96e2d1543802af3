import { Client } from 'pg';
import Redis from 'ioredis';
import { PrivatePostgres, PrivateRedis } from './private-services';

describe('private PostgreSQL and Redis for fault tests', () => {
  it('starts, stops and restarts a PostgreSQL cluster of its own', async () => {
    const pg = await PrivatePostgres.create();
    try {
      const query = async () => {
        const client = new Client({ connectionString: pg.url.replace('/luyue', '/postgres') });
        await client.connect();
        try {
          return (await client.query('select 1 as one')).rows[0].one;
        } finally {
          await client.end();
        }
      };
      expect(await query()).toBe(1);
      await pg.stop();
      await expect(query()).rejects.toThrow();
      await pg.start();
      expect(await query()).toBe(1);
    } finally {
      await pg.destroy();
    }
  });

  it('keeps data across a Redis restart with append-only persistence', async () => {
    const redis = await PrivateRedis.create({ appendOnly: true });
    try {
      const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
      await client.connect();
      await client.set('k', 'v');
      client.disconnect();
      await redis.stop();
      await redis.start();
      const again = new Redis(redis.url, { maxRetriesPerRequest: 1 });
      expect(await again.get('k')).toBe('v');
      again.disconnect();
    } finally {
      await redis.destroy();
    }
  });
});
