// Issue 20, "i18n complete": walks every route of the back office as an admin (and the login
// page signed out), in zh and in en, and fails on any visible text that is a raw translation key
// (luyue.*, ra.*, resources.*) — the not-found page included. Run alone:
//   npx jest -c jest.int.config.cjs --runInBand test/browser/i18n
// (database luyue_test_bo_browser, Redis db 1: see ./backoffice-env). Screenshots: tmp/screenshots/i18n-*.png
import './backoffice-env';
import type { Page } from 'playwright-core';
import { login, screenshot, browserSuite } from '@luyue/testing/browser';

/** A translation key as polyglot would print it when a translation is missing (not an e-mail domain like @luyue.demo). */
export const RAW_KEY = /(?<![@\w.])(?:luyue|ra|resources)\.[a-zA-Z_-]+(?:\.[a-zA-Z_-]+)*/g;

const suite = browserSuite();
jest.setTimeout(600_000); // after browserSuite(), which sets its own default

/** What a reader sees: the body's text, plus placeholders, labels and titles of controls. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[placeholder],[aria-label],[title]')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .flatMap((el) => ['placeholder', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''));
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

/** Opens a route and waits until it settles: no spinner, and the text unchanged for 600 ms (lists and lazy pages load after the shell). */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`/#${hash}`);
  await page.waitForLoadState('networkidle');
  let last = -1;
  for (let stable = 0, i = 0; stable < 3 && i < 60; i++) {
    await page.waitForTimeout(200);
    const busy = await page.locator('[role=progressbar]').count();
    const length = (await page.locator('body').innerText()).length;
    stable = !busy && length === last ? stable + 1 : 0;
    last = length;
  }
}

async function firstId(page: Page, resource: string): Promise<string> {
  return page.evaluate(async (path) => {
    const token = JSON.parse(localStorage.getItem('luyue.session') ?? '{}').token;
    const rows = await (await fetch(`/api/${path}?range=[0,0]`, { headers: { Authorization: `Bearer ${token}` } })).json();
    return rows[0].id as string;
  }, resource);
}

it('no raw translation key on any route, in zh and en (not-found page included)', async () => {
  const session = await suite.session();
  const { page } = session;
  const found: string[] = [];
  const seen: string[] = [];
  const check = async (label: string) => {
    const text = await visibleText(page);
    seen.push(`${label} (${text.length} chars)`);
    for (const key of text.match(RAW_KEY) ?? []) found.push(`${label}: ${key}`);
  };

  for (const locale of ['zh-CN', 'en']) {
    await page.goto('/#/login');
    await page.evaluate((l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
    await page.evaluate(() => localStorage.removeItem('luyue.session'));
    await page.reload(); // the store is read when the app starts
    await open(page, '/login');
    await page.locator('input[name=username]').waitFor();
    await check(`${locale} /login`);
    await login(page, 'admin@luyue.demo');
    const ids = {
      obligation: await firstId(page, 'obligations'),
      regulation: await firstId(page, 'regulations'),
      body: await firstId(page, 'bodies'),
      user: await firstId(page, 'users'),
    };
    const routes = [
      '/',
      '/obligations',
      `/obligations/${ids.obligation}/show`,
      `/obligations/${ids.obligation}`,
      '/regulations',
      `/regulations/${ids.regulation}/show`,
      '/regulations/create',
      '/bodies',
      `/bodies/${ids.body}`,
      '/bodies/create',
      '/body-registry',
      '/users',
      `/users/${ids.user}`,
      '/users/create',
      '/notifications',
      '/review',
      '/no-such-page',
    ];
    for (const route of routes) {
      await open(page, route);
      await check(`${locale} ${route}`);
    }
    await screenshot(page, `i18n-not-found-${locale}`);
    // The language really switched: the menu reads in that language.
    await page.getByTestId('not-found').waitFor();
    expect(await page.locator('body').innerText()).toContain(locale === 'en' ? 'Obligations' : '履职事项');
  }
  console.log(`[issue 20] i18n walk: ${seen.join(', ')}`);
  expect(found).toEqual([]);
  expect(session.errors.filter((e) => !e.includes('404'))).toEqual([]);
});
