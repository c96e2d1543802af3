// Chromium helpers for the admin suite: a fresh profile per user, console-error capture, login.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../demo-logins';
import { ROOT } from '../repo-root';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'tmp/screenshots');

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Session {
  page: Page;
  /** console.error messages and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** One signed-out browser per user: a throwaway profile directory, so no state leaks between roles. */
export async function openSession(baseUrl: string): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run bash ops/services.sh --browser`);
  const profile = mkdtempSync(join(tmpdir(), 'luyue-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    baseURL: baseUrl,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // Generous: a loaded CI machine can take a while to parse the admin bundle.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(120_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  // An alert would mean stored text was executed as script.
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form (the username field sends `email`) and waits for the dashboard. */
export async function login(page: Page, email: string): Promise<void> {
  await page.goto('/#/login');
  await page.locator('input[name=username]').fill(email);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  // Wait for the real counts, not the empty placeholder shown while /api/dashboard loads.
  await page.locator('[data-testid=dashboard][data-loaded=true]').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
  });
}

/** The signed-in user as the admin stored it at login. */
export function sessionUser(page: Page): Promise<{ id: string; role: string; bodyId: string | null }> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('luyue.session') ?? 'null')?.user);
}

/** URL of the obligations list with a filter, as react-admin writes it. */
export const obligationsUrl = (filter: Record<string, unknown>) => `/#/obligations?filter=${encodeURIComponent(JSON.stringify(filter))}`;
