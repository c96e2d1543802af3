import type { Client } from 'pg';
import { autocannonRun } from './load';
import { log } from './db';

export interface DashboardEntry {
  name: string;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms?: number | null;
  requestsPerSecond?: number | null;
  /** The first request after obligations changed (what a request pays when its summary must be recomputed). */
  firstRequestMs?: number;
  errors?: number;
  reason?: string;
}

const CONCURRENCY = 8;

/**
 * GET /api/dashboard at concurrency 8 for each user, after a write to obligations (a no-op UPDATE
 * of one row, which moves the change counter as any edit does), so the first request of each
 * user is timed on its own as well.
 */
export async function runDashboardBench(o: { baseUrl: string; owner: Client; users: { name: string; token: string }[]; seconds: number; minSamples: number }): Promise<DashboardEntry[]> {
  const out: DashboardEntry[] = [];
  for (const u of o.users) {
    const entry: DashboardEntry = { name: u.name, p50Ms: null, p95Ms: null };
    try {
      await o.owner.query(`UPDATE obligations SET updated_at = updated_at WHERE id = (SELECT id FROM obligations ORDER BY id LIMIT 1)`);
      const url = `${o.baseUrl}/api/dashboard`;
      const headers = { authorization: `Bearer ${u.token}` };
      const t0 = Date.now();
      const probe = await fetch(url, { headers });
      entry.firstRequestMs = Date.now() - t0;
      if (!probe.ok) throw new Error(`HTTP ${probe.status}: ${(await probe.text()).slice(0, 200)}`);
      await probe.json();
      await autocannonRun(url, headers, 2, 2); // warm-up
      const s = await autocannonRun(url, headers, CONCURRENCY, o.seconds, o.minSamples);
      Object.assign(entry, { p50Ms: s.p50Ms, p95Ms: s.p95Ms, p99Ms: s.p99Ms, requestsPerSecond: s.requestsPerSecond, errors: s.errors + s.non2xx });
    } catch (e) {
      entry.reason = (e instanceof Error ? e.message : String(e)).slice(0, 300);
    }
    log(`dashboard ${u.name}: ${JSON.stringify(entry)}`);
    out.push(entry);
  }
  return out;
}
