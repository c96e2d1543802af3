// Browser test of issue 20 against the real api and worker (Debian Chromium, playwright-core):
// the login-form time (reported, not asserted), signing in and out, the 重点任务分工表 buttons (regulation page and
// list), the body registry (duplicates together, merge, rename, not a body), and the manager's
// work dashboard (lists, links, trend, full body names on the chart). Run alone:
//   npx jest -c jest.int.config.cjs --runInBand test/browser/backoffice
// (database luyue_test_bo_browser, Redis db 1: see ./backoffice-env). Screenshots: tmp/screenshots/bo-*.png
import './backoffice-env';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, docxTables } from '@luyue/testing';
import { screenshot, browserSuite } from '@luyue/testing/browser';

const suite = browserSuite();
const signIn = suite.signIn;

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

it('reports how long a cold browser takes to show the login form', async () => {
  const session = await suite.session();
  const { page } = session;
  const started = Date.now();
  await page.goto('/#/login');
  await page.locator('input[name=username]').waitFor({ state: 'visible' });
  const wallMs = Date.now() - started;
  const sinceNavigationMs = await page.evaluate(() => Math.round(performance.now()));
  // A report for people (the benchmark owns the target): printed, not asserted.
  console.log(`[issue 20] login form visible ${wallMs} ms after goto (${sinceNavigationMs} ms after navigation start), cold context`);
  await screenshot(page, 'bo-login');
  expect(session.errors).toEqual([]);
});

it('signs in from the first screen (a wrong password refused, a deep link kept) and again after signing out', async () => {
  const session = await suite.session();
  const { page } = session;
  // Signed out, a deep link shows the sign-in form drawn before react-admin has loaded.
  await page.goto('/#/regulations');
  await page.locator('input[name=username]').fill('manager.gwh@luyue.demo');
  await page.locator('input[name=password]').fill('not-the-password');
  await page.locator('button[type=submit]').click();
  expect(await page.getByRole('alert').textContent()).toBe('登录失败，请重试');
  expect(await page.evaluate(() => localStorage.getItem('luyue.session'))).toBeNull();

  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.locator('.RaDatagrid-row').first().waitFor();
  expect(page.url()).toContain('#/regulations');

  // Signing out leads to react-admin's login route, which shows the same form and signs in again.
  await page.getByRole('button', { name: '个人' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.locator('input[name=password]').waitFor();
  expect(await page.evaluate(() => localStorage.getItem('luyue.session'))).toBeNull();
  await page.locator('input[name=username]').fill('manager.gwh@luyue.demo');
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.locator('[data-testid=dashboard][data-loaded=true]').waitFor();
  expect(session.errors.filter((e) => !e.includes('401'))).toEqual([]);
});

it('downloads the 重点任务分工表 from a regulation page and from the filtered list', async () => {
  const { page, errors } = await signIn('manager.gwh@luyue.demo');
  await page.goto('/#/regulations');
  await page.locator('.RaDatagrid-row').filter({ hasText: '阿拉山口综合保税区管理条例' }).first().click();
  await page.getByTestId('regulation-show').waitFor();
  const fromRegulation = await download(page, 'export-division-button');
  expect(fromRegulation.name).toMatch(/^《博尔塔拉蒙古自治州阿拉山口综合保税区管理条例》重点任务分工-\d{4}-\d{2}-\d{2}\.docx$/);
  const doc = await docxTables(fromRegulation.bytes);
  expect(doc.paragraphs[0]).toBe('《博尔塔拉蒙古自治州阿拉山口综合保税区管理条例》重点任务分工');
  // The manager's rows of it: as many as the page lists.
  expect(doc.rows.filter((r) => r.length === 5 && r[0] !== '序号').length).toBeGreaterThan(0);
  expect(doc.rows[0]).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
  await screenshot(page, 'bo-regulation-division-button');

  await page.goto('/#/obligations');
  await page.getByTestId('export-division-button').waitFor();
  const fromList = await download(page, 'export-division-button');
  const listed = await docxTables(fromList.bytes);
  const total = Number(await page.getByTestId('list-total').getAttribute('data-total'));
  // One header row per regulation section, then one row per obligation of the list.
  expect(listed.rows.filter((r) => r.length === 5 && r[0] !== '序号')).toHaveLength(total);
  expect(errors).toEqual([]);
});

it('cleans the body registry: duplicates together, merge, rename keeping the alias, strike a name', async () => {
  const { page, errors } = await signIn('admin@luyue.demo');
  await page.goto('/#/bodies');
  await page.getByTestId('open-body-registry').click();
  await page.getByTestId('body-registry').waitFor();
  const group = page.locator('[data-testid=duplicate-group][data-bare=交通运输部门]').filter({ hasText: '新疆维吾尔自治区' });
  await group.waitFor();
  const names = await group.locator('[data-testid^=registry-row-]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));
  expect(names).toEqual(expect.arrayContaining(['交通运输部门', '自治区交通运输部门']));
  await screenshot(page, 'bo-registry');

  // Merge the bare 交通运输部门 into 自治区交通运输部门.
  const bare = group.locator('[data-testid^=registry-row-][data-name=交通运输部门]');
  await bare.locator('[data-testid^=registry-merge-]').click();
  await page.getByTestId('merge-into').fill('自治区交通运输部门');
  await page.getByRole('option', { name: '自治区交通运输部门', exact: true }).click();
  await page.getByTestId('merge-dialog-confirm').click();
  await page.getByTestId('merge-dialog').waitFor({ state: 'detached' });
  const target = page.locator('[data-testid^=registry-row-][data-name=自治区交通运输部门]').last();
  await target.getByText('别名：交通运输部门').waitFor();

  // Rename it to the real unit; the old name stays as an alias.
  await target.locator('[data-testid^=registry-rename-]').click();
  await page.getByTestId('rename-name').fill('新疆维吾尔自治区交通运输厅');
  await page.getByTestId('rename-dialog-confirm').click();
  const renamed = page.locator('[data-testid^=registry-row-][data-name=新疆维吾尔自治区交通运输厅]').last();
  await renamed.getByText('自治区交通运输部门').waitFor();

  // 制定机关 is not a body.
  const strike = page.locator('[data-testid^=registry-row-][data-name=制定机关]').last();
  await strike.locator('[data-testid^=registry-strike-]').click();
  await page.getByTestId('strike-dialog-confirm').click();
  await page.locator('[data-testid^=registry-row-][data-name=制定机关]').waitFor({ state: 'detached' });
  await screenshot(page, 'bo-registry-after');
  expect(errors).toEqual([]);
});

it("a manager's dashboard lists the work, links each item, draws the trend and prints whole body names", async () => {
  const { page, errors } = await signIn('manager.gwh@luyue.demo');
  const overdue = page.getByTestId('work-overdue');
  await overdue.waitFor();
  expect(Number(await overdue.getAttribute('data-total'))).toBeGreaterThan(0);
  expect(await overdue.getByTestId('work-item').count()).toBeGreaterThan(0);
  expect(await overdue.getByTestId('work-item').first().textContent()).toMatch(/《.+》/);
  await page.getByTestId('work-verify').waitFor();
  await page.getByTestId('work-extensions').waitFor();
  await page.locator('[data-testid=trend-chart][data-weeks="12"] .recharts-line').first().waitFor();
  // Every body name on the overdue chart is printed whole and inside the card.
  const chart = page.getByTestId('overdue-chart');
  await chart.locator('[data-testid=axis-label]').first().waitFor();
  const labels = await chart
    .locator('[data-testid=axis-label]')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ title: n.querySelector('title')?.textContent ?? '', text: [...n.querySelectorAll('tspan')].map((t) => t.textContent).join(''), left: n.getBoundingClientRect().left })),
    );
  const box = (await chart.boundingBox())!;
  for (const label of labels) {
    expect(label.text).toBe(label.title);
    expect(label.left).toBeGreaterThanOrEqual(box.x);
  }
  await screenshot(page, 'bo-dashboard-manager');
  await overdue.getByTestId('work-item').first().click();
  await page.getByTestId('obligation-show').waitFor();
  expect(errors).toEqual([]);
});

it('which document, which article: 《简称》第N条 in the list, the regulation filter, the show page link, an edited 简称 in the 台账', async () => {
  const { page, errors } = await signIn('admin@luyue.demo');
  await page.goto('/#/obligations');
  const citations = page.getByTestId('obligation-citation');
  await citations.first().waitFor();
  for (const text of await citations.allTextContents()) expect(text).toMatch(/^《[^《》]+》(第\d+条)?$/);

  // The regulation filter: type part of the 简称, pick the document; every row then cites it.
  const filter = page.getByTestId('filter-regulation').locator('input');
  await filter.fill('综合保税区');
  await page.getByRole('option').filter({ hasText: '阿拉山口综合保税区管理条例' }).first().click();
  await page.waitForURL(/regulationId/);
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll('[data-testid=obligation-citation]')].map((c) => c.textContent ?? '');
    return cells.length > 0 && new Set(cells.map((c) => c.replace(/第\d+条$/, ''))).size === 1;
  });
  const short = (await citations.first().textContent())!.replace(/第\d+条$/, '');
  expect(short).toMatch(/综合保税区管理条例》$/);
  await screenshot(page, 'bo-list-citation');

  // The show page names the document and its version, and links to it.
  await page.locator('[data-testid=obligation-row]').first().click();
  const link = page.getByTestId('source-regulation-link');
  await link.waitFor();
  expect(await link.textContent()).toMatch(new RegExp(`^${short}.*(版本|第).*1`));
  await link.click();
  await page.getByTestId('regulation-show').waitFor();
  const regulationUrl = page.url();

  // An admin corrects the 简称; the list and the 台账 cite the new one.
  await page.getByTestId('short-title-edit').click();
  await page.getByTestId('short-title-input').fill('综保区条例');
  await page.getByTestId('short-title-dialog-confirm').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=regulation-short-title]')?.textContent?.includes('《综保区条例》'));
  await screenshot(page, 'bo-regulation-short-title');
  const regulationId = /regulations\/([^/]+)\/show/.exec(regulationUrl)![1];
  await page.goto(`/#/obligations?filter=${encodeURIComponent(JSON.stringify({ regulationId }))}`);
  await page.waitForFunction(() => document.querySelector('[data-testid=obligation-citation]')?.textContent?.startsWith('《综保区条例》'));
  const ledger = await download(page, 'export-button');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(ledger.bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = header.indexOf('简称') + 1;
  expect(column).toBeGreaterThan(0);
  expect(sheet.getRow(2).getCell(column).value).toBe('《综保区条例》');
  expect(errors).toEqual([]);
});
