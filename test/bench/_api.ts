import { join } from 'node:path';
import { startTs, stop, waitHttp, ROOT } from './lib/procs';
import { listCases, listUrl } from './lib/queries';
(async () => {
  const env = { NODE_ENV: 'production', PORT: '3917', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/' + (process.env.DB ?? 'luyue_bench_try'), REDIS_URL: 'redis://127.0.0.1:6379/9', JWT_SECRET: 'bench-jwt-secret-0123456789abcdef', LOG_LEVEL: 'warn', APP_BASE_URL: 'http://127.0.0.1:3917', CORS_ORIGIN: 'http://127.0.0.1:3917', EVIDENCE_DIR: 'tmp/bench/evidence', SWEEP_CRON: '0 3 1 1 *' };
  const api = startTs('apps/api/src/main.ts', env, join(ROOT, 'tmp/bench/api-try.log'));
  try {
    console.log('up', await waitHttp('http://127.0.0.1:3917/api/health', 120000, api));
    const r = await fetch('http://127.0.0.1:3917/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'u10@bench.luyue.local', password: 'bench-password-2026' }) });
    const j: any = await r.json(); console.log('login', r.status, Object.keys(j));
    for (const lc of listCases('冷链')) {
      const t = Date.now();
      const res = await fetch('http://127.0.0.1:3917' + listUrl(lc), { headers: { authorization: 'Bearer ' + j.accessToken } });
      const body = await res.text();
      console.log(lc.name, res.status, res.headers.get('content-range'), Date.now() - t, 'ms', body.slice(0, 150));
    }
  } finally { await stop(api); }
})();
