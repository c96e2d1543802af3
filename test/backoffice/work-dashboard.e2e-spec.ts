// GET /api/dashboard/work over HTTP on a seeded copy: each work list agrees with the obligation
// list endpoint under the same filter (the same scope), decisions go to the managers who may make
// them, and the 12-week trend ends on today's figures.
//   npx jest -c jest.int.config.cjs --runInBand test/backoffice/work-dashboard.e2e-spec.ts
// (its own database luyue_test_bo_work, Redis db 1)
import { ACTIVE_STATUSES } from '@luyue/contracts';
import { addDays } from '@luyue/domain';
import { DEMO, type Http, SEED_DAY, type SecuritySuite, startSecuritySuite } from '@luyue/testing';

jest.setTimeout(300_000);

interface Item {
  id: string;
  dueDate: string | null;
  status: string;
  regulationTitle: string;
  leadBodies: string[];
}

describe('work dashboard (GET /api/dashboard/work)', () => {
  let suite: SecuritySuite | undefined;
  let http: Http;
  let manager: string;
  let otherManager: string;
  const today = SEED_DAY;

  beforeAll(async () => {
    suite = await startSecuritySuite({ database: 'luyue_test_bo_work', redisUrl: 'redis://127.0.0.1:6379/1', env: { LOG_LEVEL: 'warn' } });
    http = suite.http;
    manager = await http.login(DEMO.managerGwh);
    otherManager = await http.login(DEMO.managerFtz);
  }, 900_000);
  afterAll(() => suite?.stop());

  const work = async (token: string) => {
    const r = await http.request('GET', '/api/dashboard/work', { token });
    expect(r.status).toBe(200);
    return r.body;
  };
  /** The list endpoint's ids and total for a filter, as the same user. */
  const listed = async (token: string, filter: object) => {
    const r = await http.request('GET', `/api/obligations?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent('["dueDate","ASC"]')}&range=[0,999]`, { token });
    expect(r.status).toBe(200);
    return { ids: (r.body as { id: string }[]).map((o) => o.id), total: Number(r.headers.get('content-range')?.split('/')[1]) };
  };
  const expectTopOf = (list: { total: number; items: Item[] }, expected: { ids: string[]; total: number }) => {
    expect(list.total).toBe(expected.total);
    expect(list.items.length).toBe(Math.min(10, expected.total));
    for (const item of list.items) expect(expected.ids).toContain(item.id);
    const dues = list.items.map((i) => i.dueDate ?? '9999');
    expect(dues).toEqual([...dues].sort());
  };

  it("a manager's overdue and due-this-week lists are the list endpoint's, top 10 by due date, with the regulation named", async () => {
    const w = await work(manager);
    expect(w.today).toBe(today);
    expect(w.overdue.total).toBeGreaterThan(0);
    expectTopOf(w.overdue, await listed(manager, { status: [...ACTIVE_STATUSES], dueTo: addDays(today, -1) }));
    expectTopOf(w.dueThisWeek, await listed(manager, { status: [...ACTIVE_STATUSES], dueFrom: today, dueTo: addDays(today, 6) }));
    for (const item of w.overdue.items as Item[]) {
      expect(item.dueDate! < today).toBe(true);
      expect(item.regulationTitle).toMatch(/条例|方案|通知|意见/);
      expect(item.leadBodies.length).toBeGreaterThan(0);
    }
  });

  it('submitted work and extension requests wait for the managers who decide them, not for staff or other bodies', async () => {
    const w = await work(manager);
    expectTopOf(w.awaitingVerification, await listed(manager, { status: 'submitted' }));
    expect(w.awaitingVerification.total).toBeGreaterThan(0);
    const staffView = await work(suite!.staff);
    expect(staffView.awaitingVerification).toEqual({ total: 0, items: [] });

    // 管委会 staff ask for more time on one of their open duties not yet due.
    const open = await listed(suite!.staff, {
      status: ['pending', 'acknowledged', 'in_progress'],
      dueFrom: addDays(today, 1),
      leadBodyId: (await http.request('GET', '/api/auth/me', { token: suite!.staff })).body.bodyId,
    });
    const asked = await http.request('POST', `/api/obligations/${open.ids[0]}/extension-requests`, { token: suite!.staff, json: { reason: '需要协调外部单位', proposedDueDate: addDays(today, 40) } });
    expect([asked.status, asked.body.message]).toEqual([201, undefined]);
    const after = await work(manager);
    expect(after.extensionRequests.items).toContainEqual(expect.objectContaining({ id: open.ids[0], requestId: asked.body.id, proposedDueDate: addDays(today, 40), reason: '需要协调外部单位' }));
    expect((await work(otherManager)).extensionRequests.items.map((i: { requestId: string }) => i.requestId)).not.toContain(asked.body.id);
    expect((await work(suite!.staff)).extensionRequests.total).toBe(0);
    expect((await work(suite!.admin)).extensionRequests.items.map((i: { requestId: string }) => i.requestId)).toContain(asked.body.id);
  });

  it('the 12-week trend: Mondays, oldest first, this week = what is active and overdue now', async () => {
    const w = await work(manager);
    expect(w.trend).toHaveLength(12);
    for (const point of w.trend) expect(new Date(`${point.week}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(w.trend.map((p: { week: string }) => p.week)).toEqual([...w.trend.map((p: { week: string }) => p.week)].sort());
    const last = w.trend[11];
    expect(last.week <= today && addDays(last.week, 6) >= today).toBe(true);
    expect(last.open).toBe((await listed(manager, { status: [...ACTIVE_STATUSES] })).total);
    expect(last.overdue).toBe(w.overdue.total);
    expect(last.open).toBeGreaterThan(last.overdue);
    // The seed's events all happened today: earlier weeks had nothing open yet.
    expect(w.trend[0]).toMatchObject({ open: 0, overdue: 0 });
    expect((await http.request('GET', '/api/dashboard/work')).status).toBe(401);
  });
});
