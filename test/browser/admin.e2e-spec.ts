// Browser end-to-end test of the React-Admin back office (apps/admin) against the real api and
// worker, driving Debian's Chromium through playwright-core. Run alone:
//   npx jest -c jest.int.config.cjs --runInBand test/browser
// Screenshots of each main page land in tmp/screenshots/.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { browserSuite, obligationsUrl, screenshot, sessionUser, type Session } from '@luyue/testing/browser';
import { ROOT } from '@luyue/testing';

const suite = browserSuite();
/** Shared between the scenarios, which run in order (staff → manager → admin). */
const state: { obligationId?: string; gwhBodyId?: string } = {};

const signIn = (email: string): Promise<Session> => suite.signIn(email);

/** Fails the scenario on any console error or uncaught exception in the page. */
function expectNoConsoleErrors(session: Session): void {
  expect(session.errors).toEqual([]);
}

async function rowIds(page: Page, attribute: string): Promise<string[]> {
  return page.getByTestId('obligation-row').evaluateAll((rows, attr) => rows.map((r) => r.getAttribute(attr) ?? ''), attribute);
}

async function statusIs(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid=obligation-show] [data-testid=status-chip][data-status=${status}]`).first().waitFor();
}

/** Seed 002 as .docx (the parser's fixture, made from ops/seed with test/tools/text-to-docx.mjs). */
const seed002Docx = (): string => join(ROOT, 'libs/regulation-parser/fixtures/seed-002.docx');

it('staff of 管委会 sees only their body, acknowledges, reports progress, uploads evidence and submits', async () => {
  const session = await signIn('staff.gwh@luyue.demo');
  const { page } = session;
  await screenshot(page, 'dashboard-staff');
  const user = await sessionUser(page);
  expect(user.role).toBe('staff');
  expect(user.bodyId).toBeTruthy();
  state.gwhBodyId = user.bodyId as string;

  // Only obligations where 管委会 is lead or supporting body are listed.
  await page.goto('/#/obligations');
  await page.getByTestId('obligation-row').first().waitFor();
  const bodies = await rowIds(page, 'data-bodies');
  expect(bodies.length).toBeGreaterThan(0);
  for (const list of bodies) expect(list.split(',')).toContain(user.bodyId);
  await screenshot(page, 'obligations-staff');

  // A pending obligation 管委会 leads, so the staff member may act on it.
  await page.goto(obligationsUrl({ status: ['pending'], leadBodyId: user.bodyId }));
  // The unfiltered rows stay on screen until the filtered page arrives: wait for the filtered ones.
  await page.waitForFunction((bodyId) => {
    const rows = [...document.querySelectorAll('[data-testid=obligation-row]')];
    return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') === 'pending' && (r.getAttribute('data-lead') ?? '').split(',').includes(bodyId));
  }, user.bodyId as string);
  const [id] = await rowIds(page, 'data-id');
  state.obligationId = id;
  await page.locator(`[data-testid=obligation-row][data-id="${id}"]`).click();
  await page.getByTestId('obligation-show').waitFor();
  await expect(page.getByTestId('source-text').first().isVisible()).resolves.toBe(true);

  await page.getByTestId('transition-acknowledged').click();
  await statusIs(page, 'acknowledged');

  await page.getByTestId('progress-note').fill('已召开专题会议，明确责任分工。');
  await page.getByTestId('progress-submit').click();
  await page.getByTestId('progress-item').filter({ hasText: '已召开专题会议' }).waitFor();

  await page.getByTestId('evidence-input').setInputFiles({
    name: '会议纪要.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('专题会议纪要：已落实。\n'),
  });
  await page.getByTestId('evidence-item').filter({ hasText: '会议纪要.txt' }).waitFor();

  await page.getByTestId('transition-submitted').click();
  await page.getByTestId('note-input').fill('已完成工作机制建设，佐证材料见附件。');
  await page.getByTestId('note-dialog-confirm').click();
  await statusIs(page, 'submitted');
  await screenshot(page, 'obligation-show-staff');
  expectNoConsoleErrors(session);
});

it('their manager finds it awaiting verification, verifies it, and the timeline shows every step', async () => {
  expect(state.obligationId).toBeDefined();
  const session = await signIn('manager.gwh@luyue.demo');
  const { page } = session;
  const awaiting = page.getByTestId('card-awaiting');
  await expect(awaiting.getAttribute('data-count').then(Number)).resolves.toBeGreaterThanOrEqual(1);
  await screenshot(page, 'dashboard-manager');

  await awaiting.click();
  const row = page.locator(`[data-testid=obligation-row][data-id="${state.obligationId}"]`);
  await row.waitFor();
  await row.click();
  await page.getByTestId('transition-done').click();
  await statusIs(page, 'done');

  const timeline = page.getByTestId('timeline-event');
  await page.locator('[data-testid=timeline-event][data-to=done]').waitFor();
  const steps = await timeline.evaluateAll((events) => events.map((e) => `${e.getAttribute('data-type')}${e.getAttribute('data-to') ? `:${e.getAttribute('data-to')}` : ''}`));
  const order = ['status_changed:acknowledged', 'progress_reported', 'evidence_added', 'status_changed:submitted', 'status_changed:done'];
  const positions = order.map((step) => steps.indexOf(step));
  for (const [i, p] of positions.entries())
    expect({ step: order[i], found: p >= 0 }).toEqual({
      step: order[i],
      found: true,
    });
  expect([...positions].sort((a, b) => a - b)).toEqual(positions); // oldest first
  await screenshot(page, 'obligation-history');
  expectNoConsoleErrors(session);
});

it('a manager sets the due date of two obligations in one bulk edit: one request, both rows changed', async () => {
  const session = await signIn('manager.gwh@luyue.demo');
  const { page } = session;
  const user = await sessionUser(page);
  await page.goto(obligationsUrl({ status: ['pending'], leadBodyId: user.bodyId }));
  await page.waitForFunction((bodyId) => {
    const rows = [...document.querySelectorAll('[data-testid=obligation-row]')];
    return rows.length >= 2 && rows.every((r) => r.getAttribute('data-status') === 'pending' && (r.getAttribute('data-lead') ?? '').split(',').includes(bodyId));
  }, user.bodyId as string);
  const ids = (await rowIds(page, 'data-id')).slice(0, 2);
  const writes: string[] = [];
  page.on('request', (request) => {
    if (['PUT', 'POST', 'PATCH'].includes(request.method()) && request.url().includes('/api/')) writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  for (const id of ids) {
    await page
      .locator('tr', { has: page.locator(`[data-testid=obligation-row][data-id="${id}"]`) })
      .locator('input[type=checkbox]')
      .check();
  }
  await page.getByTestId('bulk-due-date').click();
  const due = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);
  await page.getByTestId('due-date-input').fill(due);
  await page.getByTestId('due-date-dialog-confirm').click();
  await page.getByTestId('due-date-dialog').waitFor({ state: 'hidden' });

  const saved = await Promise.all(ids.map(async (id) => (await apiFromPage<{ dueDate: string }>(page, `/obligations/${id}`)).dueDate));
  expect(saved).toEqual([due, due]);
  expect(writes).toEqual(['PUT /api/obligations']);
  expectNoConsoleErrors(session);
});

it('a manager assigns a lead body in the bulk dialog, whose bodies are read only once it opens', async () => {
  const session = await signIn('manager.gwh@luyue.demo');
  const { page } = session;
  const user = await sessionUser(page);
  const bodyLists: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The dialog's select reads the first 500 bodies (the filters' inputs read pages of 25).
    if (url.pathname === '/api/bodies' && url.searchParams.get('range') === '[0,499]') bodyLists.push(url.search);
  });
  await page.goto(obligationsUrl({ status: ['pending'], leadBodyId: user.bodyId }));
  await page.waitForFunction((bodyId) => {
    const rows = [...document.querySelectorAll('[data-testid=obligation-row]')];
    return rows.length > 0 && rows.every((r) => (r.getAttribute('data-lead') ?? '').split(',').includes(bodyId));
  }, user.bodyId as string);
  const [id] = await rowIds(page, 'data-id');
  await page
    .locator('tr', { has: page.locator(`[data-testid=obligation-row][data-id="${id}"]`) })
    .locator('input[type=checkbox]')
    .check();
  expect(bodyLists).toEqual([]); // the list and its toolbar did not read them

  await page.getByTestId('bulk-assign').click();
  const select = page.getByTestId('assign-body');
  await select.locator(`option[value="${user.bodyId}"]`).waitFor({ state: 'attached' });
  expect(bodyLists).toHaveLength(1);
  await select.selectOption(user.bodyId as string);
  await page.getByTestId('assign-dialog-confirm').click();
  await page.getByTestId('assign-dialog').waitFor({ state: 'hidden' });

  const saved = await apiFromPage<{ leadBodyIds: string[] }>(page, `/obligations/${id}`);
  expect(saved.leadBodyIds).toEqual([user.bodyId]);
  expectNoConsoleErrors(session);
});

it('an admin imports seed 002 as .docx, maps unresolved subjects, confirms, and the list shows them all', async () => {
  const docx = seed002Docx();
  const session = await signIn('admin@luyue.demo');
  const { page } = session;
  const bodyId = state.gwhBodyId;

  await page.goto('/#/regulations/create');
  await page.getByTestId('import-file').setInputFiles(docx);
  if (bodyId) await page.getByTestId('import-default-lead-body').selectOption(bodyId);
  await page.getByTestId('import-preview').click();
  const preview = page.getByTestId('preview-obligations');
  await preview.waitFor();
  const expected = Number(await preview.getAttribute('data-count'));
  expect(expected).toBeGreaterThan(0);
  await expect(page.getByTestId('preview-units').getAttribute('data-count').then(Number)).resolves.toBeGreaterThan(0);

  // Every subject the extractor could not resolve goes to 管委会 (or the first body offered).
  for (const select of await page.getByTestId('subject-body').all()) {
    const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await select.selectOption(bodyId && values.includes(bodyId) ? bodyId : values[0]);
  }
  await screenshot(page, 'regulation-import');

  await page.getByTestId('import-confirm').click();
  await page.waitForURL(/#\/obligations\?filter=.*regulationId/);
  const total = page.getByTestId('list-total');
  await total.waitFor();
  await expect(total.getAttribute('data-total').then(Number)).resolves.toBe(expected);
  // Confirmed: nothing imported is left as a draft.
  await expect(page.locator('[data-testid=obligation-row][data-status=draft]').count()).resolves.toBe(0);
  await screenshot(page, 'obligations-imported');

  const filter = JSON.parse(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('filter') ?? '{}');
  await page.goto(`/#/regulations/${filter.regulationId}/show`);
  await page.getByTestId('provision-article').first().waitFor();
  await screenshot(page, 'regulation-show');
  expectNoConsoleErrors(session);
});

/** A call to the api with the page's session token, as the back office makes it. */
function apiFromPage<T>(page: Page, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  return page.evaluate(
    async ({ path, init }) => {
      const token = JSON.parse(localStorage.getItem('luyue.session') ?? 'null')?.token;
      const res = await fetch(`/api${path}`, {
        method: init.method ?? 'GET',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
      return res.json();
    },
    { path, init },
  ) as Promise<T>;
}

it("the review queue edits a draft task's lead body, partner body and due date before it is accepted", async () => {
  const session = await signIn('admin@luyue.demo');
  const { page } = session;
  const plan = [
    '某县乡村振兴重点任务分工方案',
    '一、改善人居环境',
    '1．建立农村人居环境长效管护机制。（牵头单位：县农业农村局；配合单位：县财政局）',
    '二、完善商业体系',
    '2．完善县域商业网点布局。（牵头单位：县商务局）',
  ].join('\n');
  const imported = await apiFromPage<{ id: string; obligationCount: number }>(page, '/regulations/import', {
    method: 'POST',
    body: {
      text: plan,
      fileName: 'review-plan.txt',
      jurisdiction: '新疆维吾尔自治区',
    },
  });
  expect(imported.obligationCount).toBe(2);
  const bodies = await apiFromPage<Array<{ id: string; name: string }>>(page, '/bodies?perPage=500');
  const partner = bodies[bodies.length - 1];

  await page.goto('/#/review');
  const current = page.getByTestId('review-current');
  await current.waitFor();
  const draftId = await current.getAttribute('data-id');
  await page.getByTestId('draft-due').fill('2027-06-30');
  await page.getByTestId('draft-co').fill(partner.name);
  await page.getByRole('option', { name: partner.name, exact: true }).click();
  await screenshot(page, 'review-edit');
  const before = Number(await page.locator('[data-testid=review-current]').getAttribute('data-version'));
  await page.getByTestId('draft-save').click();
  // Saved once the queue reloads the draft with its next version.
  await page.locator(`[data-testid=review-current][data-version="${before + 1}"]`).waitFor();
  const saved = await apiFromPage<{
    coBodyIds: string[];
    dueDate: string | null;
    status: string;
    regulationId: string;
  }>(page, `/obligations/${draftId}`);
  expect(saved).toMatchObject({
    dueDate: '2027-06-30',
    status: 'draft',
    regulationId: imported.id,
  });
  expect(saved.coBodyIds).toContain(partner.id);
  expectNoConsoleErrors(session);
});

it('the admin dashboard renders the overdue chart and traffic lights with data; main pages render', async () => {
  const session = await signIn('admin@luyue.demo');
  const { page } = session;
  const chart = page.getByTestId('overdue-chart');
  await chart.locator('svg').first().waitFor();
  await expect(chart.getAttribute('data-count').then(Number)).resolves.toBeGreaterThan(0);
  await expect(chart.locator('.recharts-bar-rectangle').count()).resolves.toBeGreaterThan(0);
  await expect(page.getByTestId('lights-row').count()).resolves.toBeGreaterThan(0);
  await screenshot(page, 'dashboard-admin');

  await page.goto('/#/obligations');
  await page.getByTestId('obligation-row').first().waitFor();
  await screenshot(page, 'obligations-admin');
  await page.goto('/#/regulations');
  await page.locator('.RaDatagrid-row').first().waitFor();
  await screenshot(page, 'regulations');
  await page.goto('/#/review');
  await page.getByTestId('review-queue').waitFor();
  await screenshot(page, 'review-queue');
  await page.goto('/#/bodies');
  await page.getByTestId('body-node').first().waitFor();
  await screenshot(page, 'bodies');
  await page.goto('/#/users');
  await page.locator('.RaDatagrid-row').first().waitFor();
  await screenshot(page, 'users');
  await page.goto('/#/notifications');
  await page.locator('.RaList-main').first().waitFor();
  await screenshot(page, 'notifications');
  expectNoConsoleErrors(session);
});

it('export downloads the filtered list as XLSX', async () => {
  const session = await signIn('admin@luyue.demo');
  const { page } = session;
  await page.goto(obligationsUrl({ status: ['pending', 'acknowledged', 'in_progress'] }));
  const total = page.getByTestId('list-total');
  await total.waitFor();
  const expected = Number(await total.getAttribute('data-total'));
  expect(expected).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  expect(sheet.actualRowCount - 1).toBe(expected); // one header row, then one row per obligation
  expectNoConsoleErrors(session);
});
