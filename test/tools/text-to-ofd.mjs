// Writes an OFD document (GB/T 33190) from a UTF-8 text file, each line a paragraph laid out on
// A4 pages the way an office converter does: one TextObject per printed line, glyphs placed by
// X/Y/DeltaX (runs of equal advances in the `g N d` form), paragraphs indented two characters,
// wrapped at the text width, chapter headings centred; DocInfo carries the title and date.
//   node test/tools/text-to-ofd.mjs <source.txt> <target.ofd> [--title T] [--date YYYY-MM-DD]
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const title = option('title');
const date = option('date');
const [source, target] = args;
if (!source || !target) throw new Error('usage: text-to-ofd.mjs <source.txt> <target.ofd> [--title T] [--date YYYY-MM-DD]');

const PAGE = { width: 210, height: 297, left: 28, right: 26, top: 37, bottom: 35 };
const SIZE = 5.6; // mm: 三号仿宋, the size of a 红头文件's body text
const LEADING = 10; // mm from baseline to baseline
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const LINES_PER_PAGE = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / LEADING);

const advance = (char) => (/[\u0020-\u007e]/.test(char) ? SIZE / 2 : SIZE);
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const mm = (n) => Number(n.toFixed(3));

/** Printed lines of one paragraph: [{ chars, indent }] filled up to the text width. */
function wrap(paragraph) {
  const chars = Array.from(paragraph.replace(/^[\s\u3000]+/, ''));
  const centred = /^第[一二三四五六七八九十百]+[章节编]/.test(paragraph) || paragraph === title;
  const lines = [];
  let line = [];
  let width = centred ? 0 : 2 * SIZE;
  for (const char of chars) {
    if (width + advance(char) > TEXT_WIDTH && line.length) {
      lines.push({ chars: line, indent: lines.length ? 0 : centred ? 0 : 2 * SIZE });
      line = [];
      width = 0;
    }
    line.push(char);
    width += advance(char);
  }
  lines.push({ chars: line, indent: lines.length ? 0 : centred ? (TEXT_WIDTH - width) / 2 : 2 * SIZE });
  return lines;
}

/** `4.2 4.2 4.2 2.8` → `g 3 4.2 2.8`. */
function deltaX(advances) {
  const out = [];
  for (let i = 0; i < advances.length; ) {
    let j = i;
    while (j < advances.length && advances[j] === advances[i]) j++;
    out.push(
      j - i > 2
        ? `g ${j - i} ${mm(advances[i])}`
        : Array(j - i)
            .fill(mm(advances[i]))
            .join(' '),
    );
    i = j;
  }
  return out.join(' ');
}

let nextId = 10;
/** One printed line as a TextObject; a space ends a TextCode and the next starts past it. */
function textObject(line, baseline) {
  const codes = [];
  let x = 0;
  let run = [];
  let runX = 0;
  const flush = () => {
    if (!run.length) return;
    const advances = run.slice(0, -1).map(advance);
    codes.push(`<ofd:TextCode X="${mm(runX)}" Y="${mm(SIZE * 0.85)}" DeltaX="${deltaX(advances)}">${escape(run.join(''))}</ofd:TextCode>`);
    run = [];
  };
  for (const char of line.chars) {
    if (char === ' ' || char === '\u3000') {
      flush();
    } else {
      if (!run.length) runX = x;
      run.push(char);
    }
    x += advance(char);
  }
  flush();
  const boundary = `${mm(PAGE.left + line.indent)} ${mm(baseline - SIZE * 0.85)} ${mm(x + SIZE)} ${mm(SIZE * 1.2)}`;
  return `<ofd:TextObject ID="${nextId++}" Boundary="${boundary}" Font="2" Size="${SIZE}">${codes.join('')}</ofd:TextObject>`;
}

const paragraphs = readFileSync(source, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/);
const pages = [[]];
for (const paragraph of paragraphs) {
  if (!paragraph.trim()) continue;
  for (const line of wrap(paragraph)) {
    if (pages[pages.length - 1].length === LINES_PER_PAGE) pages.push([]);
    pages[pages.length - 1].push(line);
  }
}

const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const zip = new JSZip();
zip.file(
  'OFD.xml',
  `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${ns} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo>` +
    `<ofd:DocID>${'0'.repeat(32)}</ofd:DocID>${title ? `<ofd:Title>${escape(title)}</ofd:Title>` : ''}` +
    `${date ? `<ofd:CreationDate>${date}</ofd:CreationDate>` : ''}<ofd:Creator>text-to-ofd.mjs</ofd:Creator>` +
    `</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
);
zip.file(
  'Doc_0/Document.xml',
  `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${ns}><ofd:CommonData><ofd:MaxUnitID>${nextId + pages.length}</ofd:MaxUnitID>` +
    `<ofd:PageArea><ofd:PhysicalBox>0 0 ${PAGE.width} ${PAGE.height}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>` +
    `</ofd:CommonData><ofd:Pages>${pages.map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`,
);
zip.file('Doc_0/PublicRes.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${ns} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>`);
pages.forEach((lines, i) => {
  const objects = lines.map((line, n) => textObject(line, PAGE.top + SIZE + n * LEADING)).join('');
  zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}><ofd:Content><ofd:Layer ID="${nextId++}">${objects}</ofd:Layer></ofd:Content></ofd:Page>`);
});
writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log(`${target}: ${pages.length} pages`);
