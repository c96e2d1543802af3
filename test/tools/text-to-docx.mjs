// Writes a minimal .docx (one paragraph per line) from a UTF-8 text file, with jszip (already a
// dependency through mammoth). Made for fixtures on machines without LibreOffice:
//   node test/tools/text-to-docx.mjs ops/seed/002_623e2f70af61ec05.txt libs/regulation-parser/fixtures/seed-002.docx
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const [source, target] = process.argv.slice(2);
if (!source || !target) throw new Error('usage: text-to-docx.mjs <source.txt> <target.docx>');

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = readFileSync(source, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .map((line) => (line.trim() ? `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>` : '<w:p/>'))
  .join('');

const zip = new JSZip();
zip.file(
  '[Content_Types].xml',
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
zip.file(
  '_rels/.rels',
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
zip.file(
  'word/document.xml',
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
);
writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
