// Writes the hostile inputs of libs/regulation-parser/fixtures/hostile, read by the parser's unit
// specs and the import's integration suite:
//   ofd-zip-bomb.ofd     an OFD whose page inflates to 128 MiB while its zip headers declare 1 KiB
//   truncated.doc        the first half of seed-001.doc (a compound file cut short)
//   ten-thousand-pages.pdf  a PDF of 10,000 pages without a text layer (it would rasterise to 10,000 images)
//   node test/tools/make-hostile-fixtures.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../libs/regulation-parser/fixtures');
const hostile = join(fixtures, 'hostile');
mkdirSync(hostile, { recursive: true });

// The OFD bomb: a well-formed package whose one page is 128 MiB of spaces inside its Content.
const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const zip = new JSZip();
zip.file('OFD.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${ns} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
zip.file('Doc_0/Document.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${ns}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`);
zip.file('Doc_0/Pages/Page_0/Content.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}><ofd:Content>${' '.repeat(128 * 1024 * 1024)}</ofd:Content></ofd:Page>`);
const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
// Rewrite the page's declared uncompressed size (local header at +22, central directory at +24) to 1 KiB.
const page = 'Doc_0/Pages/Page_0/Content.xml';
for (const [signature, offset, nameAt] of [
  [0x04034b50, 22, 30],
  [0x02014b50, 24, 46],
]) {
  for (let at = 0; at + nameAt + page.length <= bomb.length; at++) {
    if (bomb.readUInt32LE(at) === signature && bomb.toString('latin1', at + nameAt, at + nameAt + page.length) === page) bomb.writeUInt32LE(1024, at + offset);
  }
}
writeFileSync(join(hostile, 'ofd-zip-bomb.ofd'), bomb);

const doc = readFileSync(join(fixtures, 'seed-001.doc'));
writeFileSync(join(hostile, 'truncated.doc'), doc.subarray(0, Math.floor(doc.length / 2)));

// 10,000 empty A4 pages under one page tree node, with a correct cross-reference table.
const PAGES = 10_000;
const objects = [`<</Type/Catalog/Pages 2 0 R>>`, `<</Type/Pages/Count ${PAGES}/Kids[${Array.from({ length: PAGES }, (_, i) => `${i + 3} 0 R`).join(' ')}]>>`];
for (let i = 0; i < PAGES; i++) objects.push('<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>');
let pdf = '%PDF-1.4\n';
const offsets = objects.map((body, i) => {
  const offset = pdf.length;
  pdf += `${i + 1} 0 obj${body}endobj\n`;
  return offset;
});
const xref = pdf.length;
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
pdf += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(join(hostile, 'ten-thousand-pages.pdf'), pdf, 'latin1');
console.log(`bomb ${bomb.length} bytes, pdf ${pdf.length} bytes`);
