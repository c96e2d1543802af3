import { Pool } from 'pg';
import { percentile } from './db';

// Load generators: autocannon against the API and the same statements straight through pg,
// both at the same concurrency so the ratio shows the API's own overhead.

const autocannon = require('autocannon');

export interface LoadStats {
  requests: number;
  errors: number;
  non2xx: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  seconds: number;
  latencies: number[];
}

function stats(latencies: number[], seconds: number, errors: number, non2xx: number): LoadStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: sorted.length,
    errors,
    non2xx,
    p50Ms: r(percentile(sorted, 50)),
    p95Ms: r(percentile(sorted, 95)),
    p99Ms: r(percentile(sorted, 99)),
    requestsPerSecond: r(sorted.length / seconds),
    seconds,
    latencies,
  };
}

/**
 * autocannon at `connections` for `seconds`; latencies of every response (autocannon itself reports
 * no p95). Requests still in flight when the time is up are dropped by autocannon, so when fewer
 * than `minSamples` complete (a slow query), it runs again for a fixed number of requests instead.
 */
export async function autocannonRun(url: string, headers: Record<string, string>, connections: number, seconds: number, minSamples = 0): Promise<LoadStats> {
  const first = await autocannonOnce(url, headers, { connections, duration: seconds });
  if (first.requests >= minSamples) return first;
  return autocannonOnce(url, headers, { connections, amount: Math.max(minSamples, connections * 3) });
}

function autocannonOnce(url: string, headers: Record<string, string>, opts: { connections: number; duration?: number; amount?: number }): Promise<LoadStats> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let non2xx = 0;
    const t0 = Date.now();
    const instance = autocannon({ url, headers, timeout: 120, ...opts }, (err: Error | null, result: { errors: number; timeouts: number }) => {
      if (err) return reject(err);
      resolve(stats(latencies, (Date.now() - t0) / 1000, result.errors + result.timeouts, non2xx));
    });
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode < 200 || statusCode > 299) non2xx++;
      latencies.push(responseTime);
    });
  });
}

/**
 * `statements` in turn per request, `concurrency` at a time, over one pool kept across runs (its
 * connections stay open, as an api's long-lived pool does).
 */
export class RawSqlLoad {
  private readonly pool: Pool;

  constructor(
    url: string,
    private readonly statements: { sql: string; params: unknown[] }[],
    private readonly concurrency: number,
  ) {
    this.pool = new Pool({ connectionString: url, max: concurrency });
  }

  /** For `seconds`, and at least `minSamples` requests. */
  async run(seconds: number, minSamples = 0): Promise<LoadStats> {
    const latencies: number[] = [];
    let errors = 0;
    const t0 = Date.now();
    const until = t0 + seconds * 1000;
    await Promise.all(
      Array.from({ length: this.concurrency }, async () => {
        while (Date.now() < until || latencies.length + errors < minSamples) {
          const s = process.hrtime.bigint();
          const client = await this.pool.connect();
          try {
            for (const st of this.statements) await client.query(st.sql, st.params);
            latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
          } catch {
            errors++;
          } finally {
            client.release();
          }
        }
      }),
    );
    return stats(latencies, (Date.now() - t0) / 1000, errors, 0);
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/** One run of RawSqlLoad on a pool of its own. */
export async function rawSqlRun(url: string, statements: { sql: string; params: unknown[] }[], concurrency: number, seconds: number, minSamples = 0): Promise<LoadStats> {
  const load = new RawSqlLoad(url, statements, concurrency);
  try {
    return await load.run(seconds, minSamples);
  } finally {
    await load.end();
  }
}

/** Runs of the same load as one: their latencies pooled, their requests over their summed time. */
export function mergeRuns(runs: LoadStats[]): LoadStats {
  const sum = (f: (r: LoadStats) => number) => runs.reduce((n, r) => n + f(r), 0);
  return stats(
    runs.flatMap((r) => r.latencies),
    sum((r) => r.seconds),
    sum((r) => r.errors),
    sum((r) => r.non2xx),
  );
}
