// Finding 1 of the security review: filter keys resolved through the prototype chain
// (`constructor`, `toString`, `__proto__`, …) put the attacker's value into SQL text. Every list
// resource the code declares is walked: each inherited property name as a filter key and as a
// sort field must answer 400 naming the key, SQL in every declared filter's value must never reach
// SQL text, and the database must be exactly as before.
import { listResourceDeclarations } from '@luyue/persistence';
import { type Http, type SecuritySuite, query, startSecuritySuite } from '@luyue/testing';

const REDIS_URL = 'redis://127.0.0.1:6379/12';
jest.setTimeout(300_000);

const INHERITED = [...new Set([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype)])];
const SQL_VALUES: unknown[] = [
  'TRUE OR TRUE',
  'TRUE; CREATE TABLE pwned_sqli(y int)',
  "x' OR '1'='1",
  "'; DROP TABLE obligation_events; --",
  '1) OR (1=1',
  "00000000-0000-0000-0000-000000000000') OR TRUE --",
  ['TRUE OR TRUE', "'; CREATE TABLE pwned_sqli(y int); --"],
  { toString: 'TRUE OR TRUE' },
  "true; COPY (SELECT 1) TO PROGRAM 'id'",
];
/** Resources only administrators may list. */
const ADMIN_ONLY = new Set(['users', 'notifications', 'admin-events']);

describe('SQL injection through list filter keys, sort fields and values', () => {
  let suite: SecuritySuite | undefined;
  let http: Http;
  let url: string;
  let tokens: { admin: string; staff: string };

  /** Every table of the schema with its row count: a second statement or a write would show here. */
  const snapshot = async () => {
    const tables = await query<{ t: string }>(url, "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    const counts: Record<string, number> = {};
    for (const { t } of tables) counts[t] = (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "${t}"`))[0].n;
    return counts;
  };
  const get = (resource: string, token: string, params: Record<string, unknown>) =>
    http.request(
      'GET',
      `/api/${resource}?${Object.entries(params)
        .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
        .join('&')}`,
      { token },
    );

  beforeAll(async () => {
    suite = await startSecuritySuite({ database: 'luyue_test_sec_sqli', redisUrl: REDIS_URL, env: { LOG_LEVEL: 'warn', EVIDENCE_DIR: 'tmp/sec-evidence-sqli' } });
    ({ http, url } = suite);
    tokens = { admin: suite.admin, staff: suite.staff };
  }, 900_000);

  afterAll(() => suite?.stop());

  const resources = listResourceDeclarations();

  it('covers every list resource of the code', () => {
    expect(resources.map((r) => r.name).sort()).toEqual(expect.arrayContaining(['bodies', 'notifications', 'obligation-events', 'obligations', 'provisions', 'regulations', 'users']));
  });

  it.each(resources.map((r) => [r.name, r] as const))('%s: inherited names as filter keys and sort fields → 400 naming the key, database unchanged', async (name, r) => {
    const before = await snapshot();
    const token = ADMIN_ONLY.has(name) ? tokens.admin : tokens.staff;
    const problems: string[] = [];
    for (const key of INHERITED) {
      if (r.filters.includes(key)) continue;
      for (const value of ['TRUE OR TRUE', 'TRUE; CREATE TABLE pwned_sqli(y int)']) {
        // JSON text, not an object literal: `{"__proto__": …}` must arrive as an own key.
        const filter = `{${JSON.stringify(key)}:${JSON.stringify(value)}}`;
        const res = await http.request('GET', `/api/${name}?filter=${encodeURIComponent(filter)}`, { token });
        if (res.status !== 400 || !String(res.body?.message ?? '').includes(key)) problems.push(`filter ${key} → ${res.status} ${res.text.slice(0, 120)}`);
      }
      if (!r.sortFields.includes(key)) {
        const res = await get(name, token, { sort: [key, 'ASC'] });
        if (res.status !== 400) problems.push(`sort ${key} → ${res.status}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it.each(resources.map((r) => [r.name, r] as const))('%s: SQL in every declared filter value is data, never SQL', async (name, r) => {
    const before = await snapshot();
    for (const token of ADMIN_ONLY.has(name) ? [tokens.admin] : [tokens.staff, tokens.admin]) {
      const all = await get(name, token, { range: [0, 999] });
      expect(all.status).toBe(200);
      const visible = Number(String(all.headers.get('content-range')).split('/')[1]);
      const problems: string[] = [];
      for (const key of r.filters) {
        for (const value of SQL_VALUES) {
          const res = await get(name, token, { filter: { [key]: value }, range: [0, 999] });
          if (res.status === 400) continue;
          if (res.status !== 200) problems.push(`${key}=${JSON.stringify(value)} → ${res.status}`);
          // A value that became SQL (`TRUE OR TRUE`) would answer rows the actor cannot otherwise see.
          else if (Number(String(res.headers.get('content-range')).split('/')[1]) > visible) problems.push(`${key}=${JSON.stringify(value)} widened the list`);
        }
      }
      expect(problems).toEqual([]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('the reported exploits: staff read only their own audit trail, and no second statement runs', async () => {
    const own = await get('obligation-events', tokens.staff, { range: [0, 0] });
    const attack = await http.request('GET', `/api/obligation-events?filter=${encodeURIComponent('{"constructor":"TRUE OR TRUE"}')}`, { token: tokens.staff });
    expect(own.status).toBe(200);
    expect(attack.status).toBe(400);
    const stacked = await http.request('GET', `/api/regulations?filter=${encodeURIComponent('{"constructor":"TRUE; CREATE TABLE pwned_sqli(y int)"}')}`, { token: tokens.staff });
    expect(stacked.status).toBe(400);
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'pwned_sqli'")).toEqual([]);
  });
});
