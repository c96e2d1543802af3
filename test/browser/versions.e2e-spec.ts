// Browser test of issue 15: an admin imports 农药管理条例 2017, uploads the 2022 text as a new
// version on the regulation's page, reads the side-by-side diff, applies it (确认更新), and finds the
// changed duties under 修订待审 in the review queue. Run alone (own database and Redis index):
//   BROWSER_DATABASE_URL=postgres://postgres@127.0.0.1:5432/luyue_test_browser_versions BROWSER_REDIS_URL=redis://127.0.0.1:6379/8 \
//   npx jest -c jest.int.config.cjs --runInBand test/browser/versions
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { SCREENSHOTS, screenshot, browserSuite } from '@luyue/testing/browser';
import { ROOT } from '@luyue/testing';

const suite = browserSuite();
const corpus = (name: string) => join(ROOT, 'test/fixtures/corpus', name);

it('uploads a new version: diff with insertions and deletions, 确认更新, 修订待审 in the review queue', async () => {
  const session = await suite.signIn('admin@luyue.demo');
  const { page } = session;
  await page.goto('/#/regulations/create');
  await page.getByTestId('import-file').setInputFiles(corpus('农药管理条例(2017-03-16).md'));
  const lead = page.getByTestId('import-default-lead-body');
  const first = await lead.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean)[0]);
  await lead.selectOption(first);
  await page.getByTestId('import-preview').click();
  await page.getByTestId('preview-obligations').waitFor();
  for (const select of await page.getByTestId('subject-body').all()) await select.selectOption(first);
  await page.getByTestId('import-confirm').click();
  await page.waitForURL(/#\/obligations\?filter=.*regulationId/);
  const filter = JSON.parse(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('filter') ?? '{}');
  const regulationId = filter.regulationId as string;

  await page.goto(`/#/regulations/${regulationId}/show`);
  await page.getByTestId('regulation-version').waitFor();
  expect(await page.getByTestId('regulation-version').textContent()).toContain('1');
  await page.getByTestId('version-upload').click();
  await page.getByTestId('version-file').setInputFiles(corpus('农药管理条例(2022-03-29).md'));
  await page.getByTestId('version-preview').click();
  await page.getByTestId('version-report').waitFor();
  expect(await page.getByTestId('version-counts').textContent()).toContain('修改 1');
  // The dialog alone: a full-page shot would be mostly the provision tree behind it.
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator('.MuiDialog-paper').screenshot({ path: join(SCREENSHOTS, 'version-diff.png') });
  const marks = (await page.getByTestId('diff-insert').count()) + (await page.getByTestId('diff-delete').count());
  expect(marks).toBeGreaterThan(0);
  await expect(page.getByTestId('version-obligations-modified').getAttribute('data-count').then(Number)).resolves.toBe(2);

  await page.getByTestId('version-apply').click();
  await page.getByTestId('version-report').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('[data-testid=regulation-version]')?.textContent?.includes('2'));

  await page.goto('/#/review');
  const amended = page.getByTestId('amended-review');
  await amended.waitFor();
  await expect(amended.getAttribute('data-count').then(Number)).resolves.toBe(2);
  await screenshot(page, 'review-amended');
  await page.getByTestId('amended-keep').first().click();
  await page.waitForFunction(() => document.querySelector('[data-testid=amended-review]')?.getAttribute('data-count') === '1');
  expect(session.errors).toEqual([]);
});
