import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { validateEnv } from '@luyue/config';
import { PreparedStatementNames, queryPrepared } from './prepared';
import { createAppDataSource } from '../data-source';

// Reads run as named statements: the same rows as a plain query, on the transaction's own
// connection inside one, the same errors, and never more names than the cap.

/** Which of `texts` the session has prepared (a pooled session keeps those of earlier tests too). */
const preparedOnThisSession = async (m: EntityManager, texts: string[]): Promise<string[]> =>
  ((await m.query(`SELECT statement FROM pg_prepared_statements WHERE statement = ANY($1) ORDER BY prepare_time`, [texts])) as { statement: string }[]).map((r) => r.statement);

describe('queryPrepared', () => {
  let app: DataSource;

  beforeAll(async () => {
    app = await createAppDataSource(validateEnv({ ...process.env, DB_STATEMENT_TIMEOUT_MS: '200' })).initialize();
  });
  afterAll(async () => app?.destroy());

  it('answers what the plain query answers, prepared on the session that ran it', async () => {
    const sql = `SELECT g AS n, repeat('法', g) AS text, ARRAY[g, g + 1] AS pair FROM generate_series(1, $1::int) g WHERE g % $2::int = 0`;
    const names = new PreparedStatementNames();
    await app.transaction(async (m) => {
      for (const [upTo, every] of [
        [10, 2],
        [30, 7],
        [5, 1],
      ]) {
        expect(await queryPrepared(m, sql, [upTo, every], names)).toEqual(await m.query(sql, [upTo, every]));
      }
      expect(await preparedOnThisSession(m, [sql])).toEqual([sql]);
    });
  });

  it('runs inside a transaction on its connection: it sees what the transaction set', async () => {
    const probe = 'SELECT current_setting($1, true) AS v';
    await app.transaction(async (m) => {
      await m.query(`SELECT set_config('luyue.probe', 'in this transaction', true)`);
      expect(await queryPrepared(m, probe, ['luyue.probe'], new PreparedStatementNames())).toEqual([{ v: 'in this transaction' }]);
    });
  });

  it('fails as manager.query fails: QueryFailedError with the SQLSTATE (bad input 22P02, statement timeout 57014)', async () => {
    const names = new PreparedStatementNames();
    const badInput = queryPrepared(app.manager, 'SELECT $1::uuid AS id', ['1; DROP TABLE users'], names);
    await expect(badInput).rejects.toBeInstanceOf(QueryFailedError);
    await expect(badInput).rejects.toMatchObject({ code: '22P02' });
    await expect(queryPrepared(app.manager, 'SELECT pg_sleep($1::float8)', [0.5], names)).rejects.toMatchObject({ name: 'QueryFailedError', code: '57014' });
    // The text stays usable on the session after its failure.
    expect(await queryPrepared(app.manager, 'SELECT $1::uuid AS id', ['00000000-0000-4000-8000-000000000001'], names)).toEqual([{ id: '00000000-0000-4000-8000-000000000001' }]);
  });

  it('prepares at most the cap of texts; the rest run unprepared with the same answers', async () => {
    const names = new PreparedStatementNames(2);
    const texts = [1, 2, 3].map((k) => `SELECT $1::int + ${k} AS n /* cap probe ${Date.now()} */`);
    await app.transaction(async (m) => {
      for (const [i, sql] of texts.entries()) expect(await queryPrepared(m, sql, [i], names)).toEqual([{ n: 2 * i + 1 }]);
      expect(await preparedOnThisSession(m, texts)).toEqual(texts.slice(0, 2));
    });
  });

  it('runs a plain query on a manager without a PostgreSQL pool (a recording stand-in)', async () => {
    const seen: string[] = [];
    const recorder = { query: async (sql: string) => (seen.push(sql), [{ n: 1 }]) } as unknown as EntityManager;
    expect(await queryPrepared(recorder, 'SELECT 1 AS n', [])).toEqual([{ n: 1 }]);
    expect(seen).toEqual(['SELECT 1 AS n']);
  });
});
