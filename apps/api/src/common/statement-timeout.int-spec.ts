import { Client } from 'pg';
import { resetEnvCache } from '@luyue/config';
import { ownerDatabaseUrl, type Harness, bearer, startWithFixture, tokens } from '@luyue/testing';
import { createApp } from '../app.factory';

// Issue 13, finding 9: no statement_timeout. A request whose statement cannot finish (here it
// waits on a lock the owner holds, as during a migration) is cut off after DB_STATEMENT_TIMEOUT_MS
// and answers 503 in the one error shape, instead of holding a connection without end.

describe('statement_timeout on the api’s connections', () => {
  let h: Harness;
  let adminToken: string;
  const previous = process.env['DB_STATEMENT_TIMEOUT_MS'];

  beforeAll(async () => {
    process.env['DB_STATEMENT_TIMEOUT_MS'] = '300';
    const started = await startWithFixture(createApp);
    h = started.h;
    adminToken = (await tokens(h, started.fixture)).admin;
  });

  afterAll(async () => {
    await h?.app.close();
    if (previous === undefined) delete process.env['DB_STATEMENT_TIMEOUT_MS'];
    else process.env['DB_STATEMENT_TIMEOUT_MS'] = previous;
    resetEnvCache();
  });

  it('runs as luyue_app with the configured limit', async () => {
    expect(await h.ds.query('SELECT current_user AS user, current_setting($1) AS limit', ['statement_timeout'])).toEqual([{ user: 'luyue_app', limit: '300ms' }]);
  });

  it('answers 503 service_unavailable when a statement runs past it, and serves again once it can', async () => {
    const owner = new Client({ connectionString: ownerDatabaseUrl() });
    await owner.connect();
    try {
      await owner.query('BEGIN');
      await owner.query('LOCK TABLE obligations IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const res = await h.http().get('/api/obligations').set(bearer(adminToken));
      expect({ status: res.status, body: res.body }).toEqual({
        status: 503,
        body: { statusCode: 503, code: 'service_unavailable', message: expect.stringMatching(/took too long/) },
      });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await owner.query('ROLLBACK').catch(() => undefined);
      await owner.end();
    }
    await h.http().get('/api/obligations').set(bearer(adminToken)).expect(200);
  });
});
