// 重点任务分工表 (GET /api/obligations/export?format=docx) over HTTP on a seeded copy, read back from
// word/document.xml: a seed regulation grouped by chapter, a shared plan grouped by section, the
// list's authorization (a body's staff get only what they see), and the 台账 unchanged for xlsx.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/luyue_test_bo_export REDIS_URL=redis://127.0.0.1:6379/1 \
//   npx jest -c jest.int.config.cjs --runInBand test/backoffice/division-table.e2e-spec.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Http, ROOT, type SecuritySuite, query, startSecuritySuite, docxTables } from '@luyue/testing';

jest.setTimeout(300_000);

const SEED_TITLE = '新疆维吾尔自治区口岸经济发展促进条例';
const PLAN_FILE = join(ROOT, 'test/fixtures/plans/docs/shanghai-geology-2024.md');
const PLAN_BODIES = ['市规划资源局', '市住房城乡建设管理委', '市水务局', '市交通委', '市应急局', '市数据局', '市市场监管局', '市消防救援总队', '各区有关部门'];
const HEADER = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];

describe('重点任务分工表 export (docx)', () => {
  let suite: SecuritySuite | undefined;
  let http: Http;
  let url: string;
  let admin: string;
  let staff: string;
  let planId: string;

  beforeAll(async () => {
    suite = await startSecuritySuite({ database: 'luyue_test_bo_export', redisUrl: 'redis://127.0.0.1:6379/1', env: { LOG_LEVEL: 'warn' } });
    ({ http, url, admin, staff } = suite);
  }, 900_000);
  afterAll(() => suite?.stop());

  const exportDocx = async (token: string, filter: object, keepAs?: string) => {
    // fetch, not Http: the body is binary.
    const r = await fetch(`${http.baseUrl}/api/obligations/export?format=docx&filter=${encodeURIComponent(JSON.stringify(filter))}`, { headers: { authorization: `Bearer ${token}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('wordprocessingml');
    expect(r.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const bytes = Buffer.from(await r.arrayBuffer());
    // Kept for people to open (LibreOffice renders tmp/*.docx to PDF; see the report).
    if (keepAs) {
      mkdirSync(join(ROOT, 'tmp'), { recursive: true });
      writeFileSync(join(ROOT, 'tmp', keepAs), bytes);
    }
    return docxTables(bytes);
  };

  it('a seed regulation: title, header, one row per obligation in article order under its chapter', async () => {
    const [regulation] = await query<{ id: string }>(url, 'SELECT id FROM regulations WHERE title = $1', [SEED_TITLE]);
    const expected = await query<{ text: string; article: number; lead: string; due: string | null }>(
      url,
      `SELECT o.text, o.article, (SELECT string_agg(b.name, '、' ORDER BY array_position(o.lead_body_ids, b.id)) FROM bodies b WHERE b.id = ANY(o.lead_body_ids)) AS lead,
              to_char(o.due_date, 'FMYYYY"年"FMMM"月"FMDD"日"') AS due
         FROM obligations o JOIN provisions p ON p.id = o.provision_id
        WHERE o.regulation_id = $1 ORDER BY o.article, o.paragraph, o.item, o.subitem, strpos(p.text, o.text)`,
      [regulation.id],
    );
    const { paragraphs, rows, xml, footers } = await exportDocx(admin, { regulationId: regulation.id }, 'bo-division-seed.docx');
    expect(paragraphs[0]).toBe(`《${SEED_TITLE}》重点任务分工`);
    expect(rows[0]).toEqual(HEADER);
    const tasks = rows.filter((r) => r.length === 5).slice(1);
    const headings = rows.filter((r) => r.length === 1).map((r) => r[0].trim());
    expect(tasks.map((t) => t[0])).toEqual(expected.map((_, i) => String(i + 1)));
    expect(tasks.map((t) => t[1])).toEqual(expected.map((e) => e.text));
    expect(tasks.map((t) => t[2])).toEqual(expected.map((e) => e.lead ?? ''));
    expect(tasks.map((t) => t[4])).toEqual(expected.map((e) => e.due ?? ''));
    // Chapters in order, each heading row right before its first article.
    expect(headings[0]).toMatch(/^第一章/);
    expect(headings.some((h) => /^第二章\s*规划与建设$/.test(h))).toBe(true);
    const second = rows.findIndex((r) => r.length === 1 && /^第二章/.test(r[0].trim()));
    expect(rows[second + 1][1]).toBe(expected.find((e) => e.article >= 8)?.text);
    // Fonts as agencies use them, and a page number field in the footer.
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/); // A4 landscape
    expect(footers.some((f) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(f))).toBe(true);
  });

  it('a shared plan: grouped by its sections, lead and co from the annotations', async () => {
    for (const name of PLAN_BODIES) {
      const r = await http.request('POST', '/api/bodies', { token: admin, json: { name, jurisdiction: '上海市', level: '自治区', kind: 'department' } });
      expect(r.status).toBe(201);
    }
    const imported = await http.request('POST', '/api/regulations/import', {
      token: admin,
      json: { text: readFileSync(PLAN_FILE, 'utf8'), fileName: 'shanghai-geology-2024.md', jurisdiction: '上海市' },
    });
    expect(imported.status).toBe(201);
    planId = imported.body.id;
    const { paragraphs, rows } = await exportDocx(admin, { regulationId: imported.body.id }, 'bo-division-plan.docx');
    expect(paragraphs[0]).toBe('《上海市加强城市地质安全风险防控实施方案》重点任务分工');
    const headings = rows.filter((r) => r.length === 1).map((r) => r[0].trim());
    expect(headings).toEqual([
      '二、重点任务',
      '（一）加强城市地质基础调查',
      '（二）加强国土空间规划管控',
      '（三）加强工程建设活动监管',
      '（四）严格勘查开发活动管控',
      '（五）健全风险监测预警体系',
      '（六）完善城市地质安全标准',
      '三、保障措施',
    ]);
    const tasks = rows.filter((r) => r.length === 5).slice(1);
    expect(tasks).toHaveLength(Number((await query<{ n: number }>(url, 'SELECT count(*)::int n FROM obligations WHERE regulation_id = $1', [imported.body.id]))[0].n));
    const first = tasks[0];
    expect(first[1]).toMatch(/^在上海城市地质调查成果基础上/);
    expect(first[2]).toBe('市规划资源局');
    expect(first[3]).toBe('各区有关部门');
    expect(tasks).toContainEqual([expect.any(String), expect.stringMatching(/^到2025年/), '市规划资源局', '各区有关部门', '2025年12月31日']);
    expect(tasks.map((t) => t[2])).toContain('市规划资源局、市应急局、市住房城乡建设管理委、市交通委');
  });

  it('same authorization as the list: 管委会 staff get only their rows; a bad format or filter is 400', async () => {
    const [{ id }] = await query<{ id: string }>(url, 'SELECT id FROM regulations WHERE title = $1', [SEED_TITLE]);
    const visible = await http.request('GET', `/api/obligations?filter=${encodeURIComponent(JSON.stringify({ regulationId: id }))}&range=[0,999]`, { token: staff });
    const { rows } = await exportDocx(staff, { regulationId: id });
    expect(
      rows
        .filter((r) => r.length === 5)
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual((visible.body as { text: string }[]).map((o) => o.text).sort());
    // The plan's drafts are not theirs: the file names the plan and lists nothing.
    const empty = await exportDocx(staff, { regulationId: planId });
    expect(empty.paragraphs[0]).toBe('《上海市加强城市地质安全风险防控实施方案》重点任务分工');
    expect(empty.rows).toEqual([HEADER]);
    expect((await http.request('GET', '/api/obligations/export?format=doc', { token: staff })).status).toBe(400);
    expect((await http.request('GET', `/api/obligations/export?format=docx&filter=${encodeURIComponent('{"regulationId":"x\' OR 1=1"}')}`, { token: staff })).status).toBe(400);
    expect((await http.request('GET', '/api/obligations/export?format=docx')).status).toBe(401);
  });
});
