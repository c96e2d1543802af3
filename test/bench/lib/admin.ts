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
 */
export async function runAdminBench(baseUrl: string, session: { accessToken: string; expiresIn: number; user: unknown }, runs = 3): Promise<AdminBench> {
  const index = await fetch(`${baseUrl}/`);
  if (!index.ok || !(await index.text()).includes('<div id="root"')) {
    return { firstRenderMs: null, loginFormMs: null, reason: `the api does not serve the admin at / (HTTP ${index.status}); run ops/build-admin.sh` };
  }
  const times: number[] = [];
  const loginTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    loginTimes.push(
      await inColdContext(async (page) => {
        const t0 = Date.now();
        await page.goto(`${baseUrl}/#/login`, { waitUntil: 'commit' });
        await page.locator('input[name=password]').waitFor({ state: 'visible', timeout: 60_000 });
        const ms = Date.now() - t0;
        log(`admin run ${i + 1}: login form after ${ms} ms`);
        return ms;
      }),
    );
    times.push(
      await inColdContext(async (page) => {
        const stored = JSON.stringify({ token: session.accessToken, expiresAt: Date.now() + session.expiresIn * 1000, user: session.user });
        await page.context().addInitScript((value: string) => {
          if (!localStorage.getItem('luyue.session')) localStorage.setItem('luyue.session', value);
        }, stored);
        const t0 = Date.now();
        await page.goto(`${baseUrl}/#/obligations`, { waitUntil: 'commit' });
        await page.locator('table tbody tr td').first().waitFor({ state: 'visible', timeout: 60_000 });
        const ms = Date.now() - t0;
        // Cross-check against the browser's own clock (navigation start → now).
        const perf = await page.evaluate(() => Math.round(performance.now()));
        log(`admin run ${i + 1}: first list row after ${ms} ms (performance.now ${perf} ms)`);
        return ms;
      }),
    );
  }
  return { firstRenderMs: median(times), runsMs: times, loginFormMs: median(loginTimes), loginRunsMs: loginTimes };
}

export interface AdminBench {
  firstRenderMs: number | null;
  loginFormMs: number | null;
  runsMs?: number[];
  loginRunsMs?: number[];
  reason?: string;
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
