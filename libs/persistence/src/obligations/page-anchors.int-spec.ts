import type { DataSource } from 'typeorm';
import { addDays } from '@luyue/domain';
import { ChangeCache, type FilterContext, type ListCaches, type ListQuery, PageAnchors } from '@luyue/application';
import { emptyAppDatabase } from '../test-support/empty-app-database';
import { SqlObligationRepository } from './obligation.sql-repository';

// A deep page of a manager's due-date list may start from a row read before (PageAnchors). It must
// be the very page a full walk gives: repeated, paged on, after writes that shift the positions,
// and where the list runs into the rows without a due date.

const TODAY = '2026-11-25';

/** Counts the anchors handed out, so a test knows the resumed path ran. */
class WatchedAnchors extends PageAnchors {
  handedOut = 0;
  override nearest(key: string, position: number) {
    const found = super.nearest(key, position);
    if (found) this.handedOut++;
    return found;
  }
}

describe('deep list pages resumed from anchors', () => {
  let ds: DataSource;
  let repo: SqlObligationRepository;
  let ctx: FilterContext;
  let prefecture: string;
  let county: string;
  let regulation: string;

  beforeAll(async () => {
    const fresh = await emptyAppDatabase();
    ds = fresh.ds;
    repo = new SqlObligationRepository(ds.manager);
    prefecture = await fresh.body('州', null);
    county = await fresh.body('县', prefecture);
    ctx = { today: TODAY as never, yellowUntil: addDays(TODAY as never, 3), scope: { all: false, bodyId: prefecture } };
    [{ id: regulation }] = await ds.query(
      `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'T', 'plan', 'r', 'txt', 'anchors', '', '') RETURNING id`,
    );
    // 6,000 obligations over 40 due dates (many ties, broken by id), every 15th without one.
    await ds.query(
      `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids)
       SELECT $1, 't', 'o' || g, 'must', (ARRAY['pending','in_progress','done','in_progress','draft'])[1 + g % 5],
              CASE WHEN g % 15 = 0 THEN NULL ELSE $2::date - 20 + g % 40 END, ARRAY[$3::uuid]
       FROM generate_series(1, 6000) g`,
      [regulation, TODAY, county],
    );
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  const query = (filter: Record<string, unknown>, start: number, size = 25): ListQuery => ({ filter, sort: { field: 'dueDate', order: 'ASC' }, start, end: start + size - 1 });
  const walked = async (q: ListQuery) => (await repo.list(q, ctx)).rows.map((r) => r.id);
  const caches = (): ListCaches & { anchors: WatchedAnchors } => ({ totals: new ChangeCache<number>(30_000, 10), anchors: new WatchedAnchors(30_000, 10) });

  it.each([
    ['every visible', {}],
    ['one status', { status: 'in_progress' }],
    ['overdue', { overdue: true }],
  ])('%s: a repeated and a following page are the pages a full walk gives', async (_name, filter) => {
    const c = caches();
    const starts = [1000, 1000, 1025, 1050, 1010, 1200];
    for (const start of starts) {
      const page = await repo.list(query(filter, start), ctx, c);
      expect(page.rows).toHaveLength(25);
      expect({ start, ids: page.rows.map((r) => r.id) }).toEqual({ start, ids: await walked(query(filter, start)) });
    }
    // Every request after the first found an anchor at or before its start.
    expect(c.anchors.handedOut).toBe(starts.length - 1);
  });

  it('is exact after writes that move the rows before the anchor', async () => {
    const c = caches();
    const q = query({ status: 'in_progress' }, 1000);
    await repo.list(q, ctx, c);
    // Earlier due dates for new rows, and rows leaving the status: both shift position 1,000.
    await ds.query(
      `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids)
       SELECT $1, 't', 'new' || g, 'must', 'in_progress', $2::date - 30, ARRAY[$3::uuid] FROM generate_series(1, 7) g`,
      [regulation, TODAY, county],
    );
    await ds.query(`UPDATE obligations SET status = 'submitted' WHERE id IN (SELECT id FROM obligations WHERE status = 'in_progress' ORDER BY due_date, id LIMIT 3)`);
    expect((await repo.list(q, ctx, c)).rows.map((r) => r.id)).toEqual(await walked(q));
    // The read after the write noted a new anchor; the next request resumes from it.
    const handedOut = c.anchors.handedOut;
    expect(handedOut).toBe(1); // the anchor from before the writes, found and then refused by its counter
    expect((await repo.list(q, ctx, c)).rows.map((r) => r.id)).toEqual(await walked(q));
    expect(c.anchors.handedOut).toBe(handedOut + 1);
  });

  it('reads a page that reaches the rows without a due date in full', async () => {
    const c = caches();
    const { total } = await repo.list(query({}, 0), ctx);
    // The last page starting at a dated row: the undated rows come after all dated ones.
    const [{ dated }] = await ds.query(`SELECT count(*)::int AS dated FROM obligation_scopes WHERE body_id = $1 AND status NOT IN ('draft','discarded') AND due_date IS NOT NULL`, [prefecture]);
    const start = dated - 10;
    expect(start).toBeGreaterThan(1000);
    for (let i = 0; i < 2; i++) {
      const page = await repo.list(query({}, start, 25), ctx, c);
      expect(page.rows.map((r) => r.dueDate === null)).toEqual([...Array(10).fill(false), ...Array(15).fill(true)]);
      expect(page.rows.map((r) => r.id)).toEqual(await walked(query({}, start, 25)));
      expect(page.total).toBe(total);
    }
  });
});
