import { readFileSync } from 'fs';
import { parseText } from '@luyue/regulation-parser';
for (const f of process.argv.slice(2)) {
  try {
    const d = parseText(readFileSync(f, 'utf8'), { fileName: f });
    console.log(f, d.unitCount, JSON.stringify(d.document), d.warnings);
    if (process.env.SHOW) { const u = d.units[Number(process.env.SHOW) - 1] ?? d.units[d.units.length-1]; console.log(JSON.stringify(u, null, 1)); }
  } catch (e) { console.log(f, 'ERR', (e as Error).message); }
}
