// Browser test of issue 16: the import screen lists the accepted types, a refused file says which
// types are accepted, and a scanned PDF is read by the worker with its progress shown, then its
// preview shows the OCR confidence of each page. Run alone
// (own database and Redis index):
//   BROWSER_DATABASE_URL=postgres://postgres@127.0.0.1:5432/luyue_test_fmt_browser BROWSER_REDIS_URL=redis://127.0.0.1:6379/2 \
//   npx jest -c jest.int.config.cjs --runInBand test/browser/import-formats
import { join } from 'node:path';
import { ROOT } from '@luyue/testing';
import { screenshot, browserSuite } from '@luyue/testing/browser';

const suite = browserSuite();
const fixture = (name: string) => join(ROOT, 'libs/regulation-parser/fixtures', name);

it('lists the accepted types, names them when a file is refused, and shows the OCR of a scan per page', async () => {
  const { page } = await suite.signIn('admin@luyue.demo');
  await page.goto('/#/regulations/create');

  expect(await page.getByTestId('import-accepted-types').textContent()).toContain('.doc）、OFD 版式文件（.ofd）');
  expect(await page.getByTestId('import-file').getAttribute('accept')).toBe('.docx,.doc,.ofd,.pdf,.md,.txt');

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await page.getByTestId('import-file').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await page.getByTestId('import-preview').click();
  await page.getByTestId('import-refused-type').waitFor();
  expect(await page.getByTestId('import-refused-type').textContent()).toContain('可导入的类型：.docx、.doc、.ofd、.pdf');

  // A 4-page scan is read by the worker: the screen shows its progress, then the preview.
  await page.getByTestId('import-file').setInputFiles(fixture('seed-000-scan.pdf'));
  await page.getByTestId('import-preview').click();
  await page.getByTestId('import-ocr-progress').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('import-ocr-progress').textContent()).toMatch(/扫描件共 4 页|正在识别扫描件：第 \d 页 \/ 共 4 页/);
  await screenshot(page, 'import-scan-progress');
  await page.getByTestId('import-ocr').waitFor({ timeout: 240_000 });
  expect(await page.getByTestId('import-ocr').textContent()).toContain('共 4 页');
  for (const number of [1, 2, 3, 4]) expect(await page.getByTestId(`import-ocr-page-${number}`).textContent()).toContain('正常');
  await page.getByTestId('preview-obligations').waitFor();
  await screenshot(page, 'import-scan-ocr');
});
