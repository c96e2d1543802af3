import { Client } from 'pg';
import { findRareWord } from './lib/queries';
(async () => { const c = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/luyue_bench_dev' }); await c.connect(); const w = await findRareWord(c); const r = await c.query(`select count(*) from obligations where search @@ to_tsquery('simple', $1)`, [w]); const m = await c.query(`select count(*) from obligations where search @@ to_tsquery('simple', '机制')`); console.log(w, r.rows[0].count, '机制', m.rows[0].count); await c.end(); })();
