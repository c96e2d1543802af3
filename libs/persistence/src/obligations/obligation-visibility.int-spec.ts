import type { DataSource } from 'typeorm';
import { OBLIGATION_STATUSES } from '@luyue/contracts';
import { type Actor, addDays, bodyWithDescendants, canView } from '@luyue/domain';
import { type ObligationRow, obligationScope } from '@luyue/application';
import { SqlParams } from '../shared/sql';
import { emptyAppDatabase } from '../test-support/empty-app-database';
import { SqlObligationRepository } from './obligation.sql-repository';
import { scopeSql } from './obligation-filter';

// Who can see an obligation is stated once, by canView (@luyue/domain). The SQL cannot call it,
// so the lists mirror it: scopeSql on reach_body_ids, or a body's rows of obligation_scopes.
// For every kind of actor, each SQL path must return exactly the rows canView accepts.

const TODAY = '2026-11-25';

describe('the SQL visibility filter agrees with canView', () => {
  let ds: DataSource;
  let repo: SqlObligationRepository;
  let rows: ObligationRow[];
  let bodies: { id: string; parentId: string | null }[];
  const actors: Record<string, Actor> = {};

  beforeAll(async () => {
    const fresh = await emptyAppDatabase();
    ds = fresh.ds;
    repo = new SqlObligationRepository(ds.manager);
    const body = fresh.body;
    const root = await body('自治区', null);
    const prefecture = await body('州', root);
    const countyA = await body('甲县', prefecture);
    const countyB = await body('乙县', prefecture);
    const township = await body('甲县乡', countyA);
    const other = await body('厅', root);
    bodies = await ds.query(`SELECT id, parent_id AS "parentId" FROM bodies`);
    const actor = (role: Actor['role'], bodyId: string | null): Actor => ({ userId: `u-${role}-${bodyId}`, role, bodyId, scopeBodyIds: bodyId ? bodyWithDescendants(bodyId, bodies) : [] });
    Object.assign(actors, {
      admin: actor('admin', null),
      rootManager: actor('manager', root),
      prefectureManager: actor('manager', prefecture),
      countyManager: actor('manager', countyA),
      countyStaff: actor('staff', countyA),
      townshipStaff: actor('staff', township),
      siblingStaff: actor('staff', countyB),
      otherManager: actor('manager', other),
      staffWithoutBody: actor('staff', null),
    });

    const [reg] = await ds.query(
      `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'T', 'plan', 'r', 'txt', 'vis', '', '') RETURNING id`,
    );
    // Every status × lead/co combinations over the tree (none, one, several, leaf and inner bodies).
    const parties: [string[], string[]][] = [
      [[], []],
      [[countyA], []],
      [[township], []],
      [[countyB], [countyA]],
      [[other], [township]],
      [[prefecture], []],
      [[other], []],
      [[countyB, other], [root]],
    ];
    for (const status of OBLIGATION_STATUSES)
      for (const [k, [lead, co]] of parties.entries()) {
        await ds.query(
          `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids, co_body_ids)
           VALUES ($1, 't', $2, 'must', $3, $4, $5::uuid[], $6::uuid[])`,
          [reg.id, `${status}-${k}`, status, k % 3 === 0 ? null : addDays(TODAY as never, k - 4), lead, co],
        );
      }
    rows = (await repo.list({ filter: {}, sort: { field: 'id', order: 'ASC' }, start: 0, end: 999 }, { today: TODAY as never, yellowUntil: addDays(TODAY as never, 3), scope: { all: true } })).rows;
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  const expected = (actor: Actor) =>
    rows
      .filter((r) => canView(r, actor))
      .map((r) => r.id)
      .sort();
  const listed = async (actor: Actor, sortField: string) => {
    const page = await repo.list(
      { filter: {}, sort: { field: sortField, order: 'ASC' }, start: 0, end: 999 },
      { today: TODAY as never, yellowUntil: addDays(TODAY as never, 3), scope: obligationScope(actor) },
    );
    return page.rows.map((r) => r.id).sort();
  };

  it('builds a data set where the rule matters: every actor sees some rows and misses others', () => {
    expect(rows.length).toBe(OBLIGATION_STATUSES.length * 8);
    for (const [name, actor] of Object.entries(actors)) {
      const seen = expected(actor).length;
      if (name === 'admin') expect(seen).toBe(rows.length);
      else if (name === 'staffWithoutBody') expect(seen).toBe(0);
      else expect([name, seen > 0 && seen < rows.length]).toEqual([name, true]);
    }
  });

  it.each(['admin', 'rootManager', 'prefectureManager', 'countyManager', 'countyStaff', 'townshipStaff', 'siblingStaff', 'otherManager', 'staffWithoutBody'])(
    '%s: scopeSql on obligations returns exactly the rows canView accepts',
    async (name) => {
      const actor = actors[name];
      const params = new SqlParams();
      const found: { id: string }[] = await ds.query(`SELECT o.id FROM obligations o WHERE ${scopeSql('o', obligationScope(actor), params)}`, params.values);
      expect(found.map((r) => r.id).sort()).toEqual(expected(actor));
    },
  );

  it.each(['admin', 'rootManager', 'prefectureManager', 'countyManager', 'countyStaff', 'townshipStaff', 'siblingStaff', 'otherManager', 'staffWithoutBody'])(
    '%s: the list, by title (obligations) and by due date (obligation_scopes), returns exactly those rows',
    async (name) => {
      const actor = actors[name];
      expect(await listed(actor, 'title')).toEqual(expected(actor));
      expect(await listed(actor, 'dueDate')).toEqual(expected(actor));
    },
  );
});
