import type { DataSource } from 'typeorm';
import { validateEnv } from '@luyue/config';
import { withStatementTimeout } from './statement-timeout';
import { createAppDataSource, createDataSource } from '../data-source';

// The export and the sweep may run longer than the app's statement_timeout, for their own
// statements only: the pooled session keeps its limit afterwards.

describe('withStatementTimeout', () => {
  let app: DataSource;

  beforeAll(async () => {
    app = await createAppDataSource(validateEnv({ ...process.env, DB_STATEMENT_TIMEOUT_MS: '200' })).initialize();
  });
  afterAll(async () => app?.destroy());

  it('lets its own statements outlast the session limit, then the limit is back', async () => {
    await expect(app.query('SELECT pg_sleep(0.5)')).rejects.toMatchObject({ code: '57014' });
    await withStatementTimeout(app, 5_000, async (m) => {
      expect(await m.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '5s' }]);
      await m.query('SELECT pg_sleep(0.5)');
    });
    expect(await app.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '200ms' }]);
    await expect(app.query('SELECT pg_sleep(0.5)')).rejects.toMatchObject({ code: '57014' });
  });

  it('still cancels what runs past the raised limit', async () => {
    await expect(withStatementTimeout(app, 300, (m) => m.query('SELECT pg_sleep(2)'))).rejects.toMatchObject({ code: '57014' });
  });

  it('never lowers a limit, nor bounds an unbounded session (the owner’s)', async () => {
    expect(await withStatementTimeout(app, 100, (m) => m.query('SHOW statement_timeout'))).toEqual([{ statement_timeout: '200ms' }]);
    const owner = await createDataSource(validateEnv(process.env).DATABASE_URL).initialize();
    try {
      expect(await withStatementTimeout(owner, 1_000, (m) => m.query('SHOW statement_timeout'))).toEqual([{ statement_timeout: '0' }]);
    } finally {
      await owner.destroy();
    }
  });
});
