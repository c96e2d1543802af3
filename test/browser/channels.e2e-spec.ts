// Browser test of issue 17: a manager opens 通知渠道, adds a WeCom robot for their body and a
// DingTalk robot with a signing secret, and sees the webhook key masked and the secret never
// shown; then sets 我的通知 (due-soon mail off, digest on Friday), which a reload keeps.
// Run alone (own database and Redis index):
//   BROWSER_DATABASE_URL=postgres://postgres@127.0.0.1:5432/luyue_test_ntf_browser BROWSER_REDIS_URL=redis://127.0.0.1:6379/4 \
//   npx jest -c jest.int.config.cjs --runInBand test/browser/channels
import { login, openSession, screenshot, sessionUser, type Session, startStack, type Stack } from '@luyue/testing/browser';

jest.setTimeout(300_000);

let stack: Stack;
let session: Session | undefined;

beforeAll(async () => {
  stack = await startStack();
}, 900_000);

afterAll(async () => {
  await session?.close().catch(() => undefined);
  await stack?.stop();
});

const WECOM_KEY = '693a91f6-7a3e-4bc4-97a0-0ec2f1a5aaa9';
const DING_TOKEN = 'c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2';
const DING_SECRET = 'SECb7e0d3c1a9f84e2b6d5c4a3f2e1d0c9b8a7f6e5d4c3b2a1';

it('a manager configures the robots of their body and sees the secret masked', async () => {
  session = await openSession(stack.baseUrl);
  const { page } = session;
  await login(page, 'manager.gwh@luyue.demo');

  await page.getByTestId('menu-channels').click();
  await page.getByTestId('channels-page').waitFor();
  // A manager starts on their own body.
  const { bodyId } = await sessionUser(page);
  await page.waitForFunction((id) => (document.querySelector('[data-testid=channels-body]') as HTMLSelectElement | null)?.value === id, bodyId);

  await page.getByTestId('channel-kind').selectOption('wecom');
  await page.getByTestId('channel-name').fill('管委会督办群');
  await page.getByTestId('channel-webhook-input').fill(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`);
  await page.getByTestId('channel-save').click();
  await page.getByTestId('channel-row').first().waitFor();

  await page.getByTestId('channel-kind').selectOption('dingtalk');
  await page.getByTestId('channel-name').fill('管委会钉钉群');
  await page.getByTestId('channel-webhook-input').fill(`https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}`);
  await page.getByTestId('channel-secret-input').fill(DING_SECRET);
  await page.getByTestId('channel-save').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=channel-row]').length === 2);

  // A webhook off the allow-list is refused with the api's message.
  await page.getByTestId('channel-kind').selectOption('wecom');
  await page.getByTestId('channel-webhook-input').fill('https://evil.example/cgi-bin/webhook/send?key=abc');
  await page.getByTestId('channel-save').click();
  await page.getByText('is not allowed (CHANNEL_ALLOWED_HOSTS)', { exact: false }).waitFor();

  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=channel-row]').length === 2);
  const webhooks = await page.getByTestId('channel-webhook').allTextContents();
  expect(webhooks).toEqual(['https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a****aaa9', 'https://oapi.dingtalk.com/robot/send?access_token=c1d2****e1f2']);
  expect(await page.getByTestId('channel-secret').allTextContents()).toEqual(['—', '已保存（不显示）']);
  // Neither the keys nor the secret are anywhere in the page (or in what the api sent it).
  const html = await page.content();
  for (const secret of [WECOM_KEY, DING_TOKEN, DING_SECRET]) expect(html).not.toContain(secret);
  await screenshot(page, 'channels-masked');

  await page.getByTestId('menu-my-notifications').click();
  await page.getByTestId('preferences-page').waitFor();
  await page.getByTestId('pref-dueSoon').uncheck();
  await page.getByTestId('pref-digest-weekday').selectOption('5');
  await page.getByTestId('pref-save').click();
  await page.getByText('已保存').waitFor();
  await page.reload();
  await page.getByTestId('pref-digest-weekday').waitFor();
  expect(await page.getByTestId('pref-dueSoon').isChecked()).toBe(false);
  expect(await page.getByTestId('pref-events').isChecked()).toBe(true);
  expect(await page.getByTestId('pref-digest-weekday').inputValue()).toBe('5');
  await screenshot(page, 'my-notifications');
  // The one console error is the refused webhook's 400 above.
  expect(session.errors).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
});
