import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page, chromium } from 'playwright-core';
import { log, median } from './db';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * The back office in headless chromium, each run in a fresh user-data dir (cold HTTP cache); the
 * median of `runs` is reported for each measure:
 * - firstRenderMs: the manager's session already in localStorage (as after login), from
 *   navigation start to the first data row of the obligations list;
 * - loginFormMs: no session, from navigation start to the login form's password field.
 * Both are read off the page's own clock (performance.now() when the element is first in the DOM
 * with a layout box, recorded by a MutationObserver): Playwright's waitFor polls with a backoff
 * that reaches 500 ms, which added up to that much to a figure read from its return. The time
 * waitFor returned is kept beside it (detectedMs).
 */
export async function runAdminBench(baseUrl: string, session: { accessToken: string; expiresIn: number; user: unknown }, runs = 3): Promise<AdminBench> {
  const index = await fetch(`${baseUrl}/`);
  if (!index.ok || !(await index.text()).includes('<div id="root"')) {
    return { firstRenderMs: null, loginFormMs: null, reason: `the api does not serve the admin at / (HTTP ${index.status}); run ops/build-admin.sh` };
  }
  const times: number[] = [];
  const loginTimes: number[] = [];
  const rowDetected: number[] = [];
  const loginDetected: number[] = [];
  for (let i = 0; i < runs; i++) {
    loginTimes.push(
      await inColdContext(async (page) => {
        await recordFirstAppearance(page, LOGIN_FORM);
        const t0 = Date.now();
        await page.goto(`${baseUrl}/#/login`, { waitUntil: 'commit' });
        await page.locator(LOGIN_FORM).waitFor({ state: 'visible', timeout: 60_000 });
        const detected = Date.now() - t0;
        const ms = await firstAppearance(page);
        log(`admin run ${i + 1}: login form after ${ms} ms (waitFor returned after ${detected} ms)`);
        loginDetected.push(detected);
        return ms;
      }),
    );
    times.push(
      await inColdContext(async (page) => {
        const stored = JSON.stringify({ token: session.accessToken, expiresAt: Date.now() + session.expiresIn * 1000, user: session.user });
        await page.context().addInitScript((value: string) => {
          if (!localStorage.getItem('luyue.session')) localStorage.setItem('luyue.session', value);
        }, stored);
        await recordFirstAppearance(page, FIRST_ROW);
        const t0 = Date.now();
        await page.goto(`${baseUrl}/#/obligations`, { waitUntil: 'commit' });
        await page.locator(FIRST_ROW).first().waitFor({ state: 'visible', timeout: 60_000 });
        const detected = Date.now() - t0;
        const ms = await firstAppearance(page);
        log(`admin run ${i + 1}: first list row after ${ms} ms (waitFor returned after ${detected} ms)`);
        rowDetected.push(detected);
        return ms;
      }),
    );
  }
  return { firstRenderMs: median(times), runsMs: times, detectedMs: rowDetected, loginFormMs: median(loginTimes), loginRunsMs: loginTimes, loginDetectedMs: loginDetected };
}

export interface AdminBench {
  firstRenderMs: number | null;
  loginFormMs: number | null;
  runsMs?: number[];
  loginRunsMs?: number[];
  /** When Playwright's waitFor returned, per run (its polling adds up to 500 ms). */
  detectedMs?: number[];
  loginDetectedMs?: number[];
  reason?: string;
}

const FIRST_ROW = 'table tbody tr td';
const LOGIN_FORM = 'input[name=password]';

/** Before navigation: note performance.now() when `selector` first matches an element with a layout box. */
async function recordFirstAppearance(page: Page, selector: string): Promise<void> {
  await page.addInitScript((sel: string) => {
    const w = window as unknown as { __firstAppearance?: number };
    const check = () => {
      if (w.__firstAppearance !== undefined) return;
      const box = document.querySelector(sel)?.getBoundingClientRect();
      if (box && box.width > 0 && box.height > 0) w.__firstAppearance = performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  }, selector);
}

async function firstAppearance(page: Page): Promise<number> {
  const at = await page.evaluate(() => (window as unknown as { __firstAppearance?: number }).__firstAppearance);
  if (at === undefined) throw new Error('the element was found by Playwright but never recorded by the page');
  return Math.round(at);
}

async function inColdContext<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'luyue-bench-chromium-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1440, height: 900 } });
  try {
    return await fn(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
