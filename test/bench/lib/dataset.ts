import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { log } from './db';

// Builds the synthetic part of the benchmark data set with SQL (generate_series) in the bench
// database: the organisation (bodies, users) and the multiplication of the ingested corpus up to
// the target number of regulations and obligations. Everything is deterministic: ids are md5 of
// an ordinal, "random" draws are hashes of the row number, so two runs build the same data.

export interface Scale {
  bodies: number;
  /** Level-2 bodies (州市) under the root; the rest are county-level (县市区) bodies. */
  prefectures: number;
  usersPerBody: number;
  regulations: number;
  obligations: number;
}

export const FULL_SCALE: Scale = { bodies: 2000, prefectures: 6, usersPerBody: 10, regulations: 5000, obligations: 1_000_000 };

/** Share of active obligations that are overdue; tuned so the sweep day has ≈50,000 reminder messages at full scale. */
export const OVERDUE_SHARE = 0.165;

export const bodyId = (n: number): string => md5Uuid(`bench-body-${n}`);
export const userId = (n: number): string => md5Uuid(`bench-user-${n}`);
export const userEmail = (n: number): string => `u${n}@bench.luyue.local`;
/** The benchmark's manager: manager of prefecture 1 (its subtree holds ≈1/6 of all obligations). */
export const BENCH_MANAGER = 10;
export const BENCH_ADMIN = 1;
/** Staff of county 7, a body without children under prefecture 1. */
export const BENCH_COUNTY_STAFF = 71;

function md5Uuid(s: string): string {
  const h = createHash('md5').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Bulk loads run without the obligations' secondary indexes; a sorted build afterwards is far faster than row-by-row GIN upkeep. */
async function dropSecondaryIndexes(c: Client): Promise<{ indexname: string; indexdef: string }[]> {
  const { rows } = await c.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class ic ON ic.relname = i.indexname
     WHERE i.schemaname = 'public' AND i.tablename = 'obligations' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ic.oid)`,
  );
  for (const ix of rows) await c.query(`DROP INDEX ${ix.indexname}`);
  return rows;
}

async function recreateIndexes(c: Client, indexes: { indexname: string; indexdef: string }[]): Promise<void> {
  await c.query(`SET maintenance_work_mem = '512MB'`);
  for (const ix of indexes) {
    const t0 = Date.now();
    await c.query(ix.indexdef);
    if (Date.now() - t0 > 2000) log(`index ${ix.indexname}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await c.query(`RESET maintenance_work_mem`);
}

const HELPERS = `
  CREATE OR REPLACE FUNCTION bench_rand(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT (hashint8(n * 1000003 + salt)::bigint + 2147483648) / 4294967296.0 $$;
  CREATE OR REPLACE FUNCTION bench_uuid(prefix text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT md5(prefix || n)::uuid $$;
`;

/** Bodies (a root, prefectures, county-level bodies) and users (1 manager + staff per body, one admin). */
export async function seedOrganisation(c: Client, scale: Scale, passwordHash: string): Promise<void> {
  await c.query(HELPERS);
  const { bodies: B, prefectures: P, usersPerBody: K } = scale;
  await c.query(
    `INSERT INTO bodies (id, name, jurisdiction, level, kind, parent_id, contact_email)
     SELECT bench_uuid('bench-body-', n),
            CASE WHEN n = 0 THEN '自治区人民政府' WHEN n <= $2::int THEN '第' || n || '州人民政府' ELSE '第' || n || '县人民政府' END,
            '新疆', CASE WHEN n = 0 THEN '自治区' WHEN n <= $2::int THEN '州市' ELSE '县市区' END,
            CASE WHEN n % 5 = 0 THEN 'government' ELSE 'department' END,
            CASE WHEN n = 0 THEN NULL WHEN n <= $2::int THEN bench_uuid('bench-body-', 0) ELSE bench_uuid('bench-body-', 1 + (n - $2::int - 1) % $2::int) END,
            'body' || n || '@bench.luyue.local'
     FROM generate_series(0, $1::int - 1) n ORDER BY n`,
    [B, P],
  );
  // Per body: user 0 manager, 1-2 staff get individual reminders, the rest read the weekly digest only.
  await c.query(
    `INSERT INTO users (id, email, name, password_hash, role, body_id, digest_only)
     SELECT bench_uuid('bench-user-', n), 'u' || n || '@bench.luyue.local', '用户' || n, $3,
            CASE WHEN n = ${BENCH_ADMIN} THEN 'admin' WHEN n % $2::int = 0 THEN 'manager' ELSE 'staff' END,
            CASE WHEN n = ${BENCH_ADMIN} THEN NULL ELSE bench_uuid('bench-body-', n / $2::int) END,
            n % $2::int >= 3
     FROM generate_series(0, $1::int * $2::int - 1) n`,
    [B, K, passwordHash],
  );
}

/**
 * Multiplies the ingested corpus: synthetic regulations (copies of corpus regulations with a
 * version suffix) up to `scale.regulations`, synthetic obligations (texts, titles, modality and
 * search tokens of the ingested obligations) up to `scale.obligations`, then gives every
 * obligation (ingested ones too) a status, due date, lead/co bodies and assignee drawn from
 * realistic distributions relative to `sweepDay`.
 */
export async function multiply(c: Client, scale: Scale, sweepDay: string): Promise<{ regulations: number; obligations: number }> {
  await c.query(HELPERS);
  const { bodies: B, prefectures: P, usersPerBody: K } = scale;
  const [{ regs, obls }] = (await c.query(`SELECT (SELECT count(*) FROM regulations)::int AS regs, (SELECT count(*) FROM obligations)::int AS obls`)).rows;
  if (!regs || !obls) throw new Error('multiply: ingest the corpus first (no regulations/obligations found)');
  log(`corpus in database: ${regs} regulations, ${obls} obligations`);

  await c.query(`DROP TABLE IF EXISTS bench_src; CREATE UNLOGGED TABLE bench_src AS
    SELECT (row_number() OVER (ORDER BY regulation_id, article NULLS FIRST, paragraph, item, id) - 1)::int AS k,
           text, title, modality, mechanism, subjects, co_subjects, article, paragraph, item, subitem, search_tokens, confidence, timing
    FROM obligations;
    ALTER TABLE bench_src ADD PRIMARY KEY (k); ANALYZE bench_src`);

  const synthRegs = Math.max(0, scale.regulations - regs);
  await c.query(`DROP TABLE IF EXISTS bench_reg; CREATE UNLOGGED TABLE bench_reg (k int PRIMARY KEY, id uuid NOT NULL)`);
  await c.query(
    `WITH src AS (SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS k, * FROM regulations),
          n AS (SELECT g, (SELECT count(*) FROM src) AS cnt FROM generate_series(0, $1::int - 1) g),
          ins AS (
            INSERT INTO regulations (id, title, document_number, issuer, jurisdiction, kind, unit, adopted_on, published_on, effective_date, status,
                                     source_file_name, source_format, source_sha256, raw_text, text, version, aliases, warnings, unit_count, created_at)
            SELECT bench_uuid('bench-reg-', n.g), s.title || '（第' || (n.g / n.cnt + 2) || '版）', s.document_number, s.issuer, s.jurisdiction, s.kind, s.unit,
                   s.adopted_on, s.published_on, s.effective_date, s.status, s.source_file_name, s.source_format,
                   md5(s.source_sha256 || n.g) || md5(n.g::text || s.source_sha256), s.raw_text, s.text, (n.g / n.cnt + 2)::int, s.aliases, s.warnings, s.unit_count,
                   now() - (n.g % 1000) * interval '1 hour'
            FROM n JOIN src s ON s.k = n.g % n.cnt
            RETURNING id)
     INSERT INTO bench_reg SELECT g, bench_uuid('bench-reg-', g) FROM generate_series(0, $1::int - 1) g`,
    [synthRegs],
  );
  log(`synthetic regulations: ${synthRegs}`);

  const synthObls = Math.max(0, scale.obligations - obls);
  // Distribution columns for row number g; shared by the INSERT (synthetic) and the UPDATE (ingested).
  const draws = (g: string) => `
      bench_rand(${g}, 1) AS u_status, bench_rand(${g}, 2) AS u_lead, bench_rand(${g}, 3) AS u_leadpick,
      bench_rand(${g}, 4) AS u_co, bench_rand(${g}, 5) AS u_copick, bench_rand(${g}, 6) AS u_over,
      bench_rand(${g}, 7) AS u_day, bench_rand(${g}, 8) AS u_assign`;
  const statusSql = `CASE WHEN u_status < 0.02 THEN 'draft' WHEN u_status < 0.15 THEN 'pending' WHEN u_status < 0.25 THEN 'acknowledged'
      WHEN u_status < 0.55 THEN 'in_progress' WHEN u_status < 0.63 THEN 'submitted' WHEN u_status < 0.95 THEN 'done'
      WHEN u_status < 0.98 THEN 'waived' ELSE 'discarded' END`;
  const leadNSql = `CASE WHEN u_lead < 0.1 THEN floor(u_leadpick * ($2::int + 1))::int ELSE $2::int + 1 + floor(u_leadpick * ($1::int - $2::int - 1))::int END`;
  const dueSql = `CASE
      WHEN status IN ('pending','acknowledged','in_progress','submitted') THEN
        CASE WHEN u_over < 0.03 THEN NULL
             WHEN u_over < 0.03 + ${OVERDUE_SHARE} THEN $3::date - (1 + floor(u_day * 365))::int
             ELSE $3::date + floor(u_day * 365)::int END
      WHEN status IN ('done','waived') THEN $3::date + (floor(u_day * 912) - 730)::int
      ELSE CASE WHEN u_over < 0.5 THEN NULL ELSE $3::date + floor(u_day * 365)::int END END`;
  // d(g|id, status, lead_n, co_body_ids, due, assignee) for row numbers `g` drawn from `source` (a FROM item with a column g).
  const drawn = (source: string, key: string) => `
    SELECT ${key}, status, lead_n, co_body_ids, (${dueSql}) AS due,
           CASE WHEN status IN ('acknowledged','in_progress','submitted','done') AND u_assign < 0.6 THEN bench_uuid('bench-user-', lead_n * $4::int + 1 + (u_assign < 0.3)::int) END AS assignee
    FROM (SELECT ${key}, ${statusSql} AS status, ${leadNSql} AS lead_n,
                 CASE WHEN u_co < 0.3 THEN ARRAY[bench_uuid('bench-body-', $2::int + 1 + floor(u_copick * ($1::int - $2::int - 1))::int)] ELSE '{}'::uuid[] END AS co_body_ids,
                 u_over, u_day, u_assign
          FROM (SELECT ${key}, ${draws('g')} FROM ${source}) x) y`;

  // The ingested corpus obligations get the same distributions (row numbers above the synthetic ones).
  await c.query(
    `WITH d AS (${drawn(`(SELECT id, 100000000 + row_number() OVER (ORDER BY created_at, id) AS g FROM obligations) ing`, 'id, g')})
     UPDATE obligations o SET status = d.status, lead_body_ids = ARRAY[bench_uuid('bench-body-', d.lead_n)], co_body_ids = d.co_body_ids, due_date = d.due, assignee_id = d.assignee
     FROM d WHERE o.id = d.id`,
    [B, P, sweepDay, K],
  );

  const indexes = await dropSecondaryIndexes(c);
  await c.query(`ALTER TABLE obligations SET (autovacuum_enabled = false)`);
  const chunk = 250_000;
  for (let from = 0; from < synthObls; from += chunk) {
    const to = Math.min(synthObls, from + chunk) - 1;
    await c.query(
      `INSERT INTO obligations (id, regulation_id, article, paragraph, item, subitem, text, title, modality, mechanism, subjects, co_subjects,
                                lead_body_ids, co_body_ids, assignee_id, status, due_date, confidence, timing, origin, search_tokens, created_at, updated_at)
       SELECT bench_uuid('bench-obl-', d.g), r.id, s.article, s.paragraph, s.item, s.subitem, s.text, s.title, s.modality, s.mechanism, s.subjects, s.co_subjects,
              ARRAY[bench_uuid('bench-body-', d.lead_n)], d.co_body_ids, d.assignee, d.status, d.due, s.confidence, s.timing, 'extracted', s.search_tokens,
              now() - (d.g % 400) * interval '1 day', now() - (d.g % 40) * interval '1 day'
       FROM (${drawn('generate_series($5::int, $6::int) g', 'g')}) d
       JOIN bench_src s ON s.k = (d.g::bigint * 7919) % ${obls}
       JOIN bench_reg r ON r.k = d.g % ${Math.max(1, synthRegs)}`,
      [B, P, sweepDay, K, from, to],
    );
    log(`synthetic obligations ${to + 1}/${synthObls}`);
  }

  await recreateIndexes(c, indexes);
  await c.query(`ALTER TABLE obligations RESET (autovacuum_enabled)`);
  await c.query(`DROP TABLE bench_src; DROP TABLE bench_reg`);
  const [{ r, o }] = (await c.query(`SELECT (SELECT count(*) FROM regulations)::int AS r, (SELECT count(*) FROM obligations)::int AS o`)).rows;
  return { regulations: r, obligations: o };
}

/**
 * Reminder messages the sweep day should produce under the documented fan-out (due_soon/overdue →
 * lead-body staff not on digest-only plus the assignee; escalation → lead-body managers, and the
 * parent body's managers from day 7). Only an estimate to tune the data set: the sweep's own count is reported.
 */
export async function estimateReminders(c: Client, sweepDay: string): Promise<{ dueSoon: number; overdue: number; messages: number }> {
  const { rows } = await c.query(
    `WITH o AS (
       SELECT id, lead_body_ids, ($1::date - due_date) AS late FROM obligations
       WHERE status IN ('pending','acknowledged','in_progress') AND due_date IS NOT NULL
         AND (due_date - $1::date IN (7, 3, 1) OR ($1::date - due_date >= 1 AND ($1::date - due_date - 1) % 7 = 0))),
     staff AS (SELECT body_id, count(*) FILTER (WHERE role = 'staff' AND NOT digest_only) AS s, count(*) FILTER (WHERE role = 'manager') AS m FROM users WHERE active GROUP BY body_id),
     per AS (
       SELECT o.late, st.s, st.m, coalesce(pm.m, 0) AS pm
       FROM o JOIN bodies b ON b.id = o.lead_body_ids[1] JOIN staff st ON st.body_id = b.id LEFT JOIN staff pm ON pm.body_id = b.parent_id)
     SELECT count(*) FILTER (WHERE late < 0)::int AS "dueSoon", count(*) FILTER (WHERE late > 0)::int AS overdue,
            (sum(CASE WHEN late < 0 THEN s ELSE s + m + CASE WHEN late >= 7 THEN pm ELSE 0 END END))::int AS messages
     FROM per`,
    [sweepDay],
  );
  return rows[0];
}

/** Words for the fully synthetic obligations of the plan test (no corpus, generate_series only). */
const VOCABULARY = [
  '机制',
  '建立',
  '健全',
  '工作',
  '部门',
  '监督',
  '管理',
  '加强',
  '落实',
  '责任',
  '制度',
  '推进',
  '保障',
  '服务',
  '安全',
  '应急',
  '预案',
  '信息',
  '公开',
  '统计',
  '报告',
  '评估',
  '考核',
  '培训',
  '宣传',
  '协调',
  '配合',
  '审批',
  '备案',
  '检查',
  '整改',
  '通报',
  '溯源',
  '口岸',
  '边境',
  '环境',
  '生态',
  '教育',
  '卫生',
  '交通',
  '财政',
  '资金',
  '项目',
  '规划',
  '标准',
  '质量',
  '价格',
  '市场',
  '企业',
  '人才',
  '科技',
];

/**
 * `n` obligations straight from generate_series: texts and search tokens from a small vocabulary
 * (机制 in ≈8 % of rows, 冷链 in 1 of 4,000), the same status/due/body distributions as the benchmark.
 * For the plan test: 100,000 rows in well under a minute. Needs seedOrganisation first.
 */
export async function generateSynthetic(c: Client, scale: Scale, n: number, sweepDay: string): Promise<void> {
  await c.query(HELPERS);
  const { bodies: B, prefectures: P, usersPerBody: K } = scale;
  const vocab = `(ARRAY[${VOCABULARY.map((w) => `'${w}'`).join(',')}]::text[])`;
  await c.query(
    `INSERT INTO regulations (id, title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text)
     SELECT bench_uuid('bench-reg-', g), '合成法规' || g, '新疆', 'local_regulation', 'r' || g || '.md', 'md', md5('r' || g), '正文', '正文'
     FROM generate_series(0, 99) g`,
  );
  const indexes = await dropSecondaryIndexes(c);
  await c.query(
    `WITH w AS (SELECT g, ARRAY[${vocab}[1 + (hashint4(g) & 1023) % ${VOCABULARY.length}], ${vocab}[1 + (hashint4(g + 7) & 1023) % ${VOCABULARY.length}],
                             ${vocab}[1 + (hashint4(g + 13) & 1023) % ${VOCABULARY.length}], ${vocab}[1 + (hashint4(g + 29) & 1023) % ${VOCABULARY.length}]] || CASE WHEN g % 4000 = 0 THEN ARRAY['冷链'] ELSE '{}'::text[] END AS words
               FROM generate_series(0, $5::int - 1) g),
          d AS (SELECT w.g, w.words, bench_rand(w.g, 1) AS u_status, bench_rand(w.g, 2) AS u_lead, bench_rand(w.g, 3) AS u_leadpick,
                       bench_rand(w.g, 4) AS u_co, bench_rand(w.g, 5) AS u_copick, bench_rand(w.g, 6) AS u_over, bench_rand(w.g, 7) AS u_day FROM w),
          s AS (SELECT d.*, CASE WHEN u_status < 0.02 THEN 'draft' WHEN u_status < 0.15 THEN 'pending' WHEN u_status < 0.25 THEN 'acknowledged'
                  WHEN u_status < 0.55 THEN 'in_progress' WHEN u_status < 0.63 THEN 'submitted' WHEN u_status < 0.95 THEN 'done'
                  WHEN u_status < 0.98 THEN 'waived' ELSE 'discarded' END AS status,
                  CASE WHEN u_lead < 0.1 THEN floor(u_leadpick * ($2::int + 1))::int ELSE $2::int + 1 + floor(u_leadpick * ($1::int - $2::int - 1))::int END AS lead_n
                FROM d)
     INSERT INTO obligations (id, regulation_id, article, paragraph, text, title, modality, status, due_date, lead_body_ids, co_body_ids, assignee_id, search_tokens)
     SELECT bench_uuid('bench-obl-', g), bench_uuid('bench-reg-', g % 100), g % 80 + 1, 1,
            '有关' || array_to_string(words, '、') || '应当依法办理。', '第' || (g % 80 + 1) || '条 ' || array_to_string(words, ''), 'must', status,
            CASE WHEN status IN ('pending','acknowledged','in_progress','submitted') THEN
                   CASE WHEN u_over < 0.03 THEN NULL WHEN u_over < 0.03 + ${OVERDUE_SHARE} THEN $3::date - (1 + floor(u_day * 365))::int ELSE $3::date + floor(u_day * 365)::int END
                 WHEN status IN ('done','waived') THEN $3::date + (floor(u_day * 912) - 730)::int
                 ELSE CASE WHEN u_over < 0.5 THEN NULL ELSE $3::date + floor(u_day * 365)::int END END,
            ARRAY[bench_uuid('bench-body-', lead_n)],
            CASE WHEN u_co < 0.3 THEN ARRAY[bench_uuid('bench-body-', $2::int + 1 + floor(u_copick * ($1::int - $2::int - 1))::int)] ELSE '{}'::uuid[] END,
            CASE WHEN status IN ('acknowledged','in_progress') AND u_day < 0.5 THEN bench_uuid('bench-user-', lead_n * $4::int + 1) END,
            array_to_string(words, ' ')
     FROM s`,
    [B, P, sweepDay, K, n],
  );
  await recreateIndexes(c, indexes);
}
