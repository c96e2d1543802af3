import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { parseBuffer, parseFile } from '../parse-file';
import { FORMAT_FIXTURE_DIR, SEED_DIR } from '../testing/repo-paths';
import { sniffFormat } from './sniff-format';

// The .docx/.pdf fixtures were made from the seed texts with
// `libreoffice --headless --convert-to docx|pdf` (seed-002.docx with test/tools/text-to-docx.mjs),
// seed-001.doc and seed-002.ofd with test/tools/make-format-fixtures.sh, so they must parse to the
// same units.
const SOURCES: Record<string, string> = {
  '000': '000_164fd63ef9aca991.txt',
  '001': '001_63ee37a2190facda.txt',
  '002': '002_623e2f70af61ec05.txt',
  '003': '003_fe7a0ef39042b2dd.txt',
  '004': '004_8ee2612cd77ec20e.txt',
};

describe('input formats', () => {
  it.each([
    ['seed-000.docx', '000', 43],
    ['seed-002.docx', '002', 30],
    ['seed-003.docx', '003', 25],
    ['seed-004.docx', '004', 86],
    ['seed-000.pdf', '000', 43],
    ['seed-003.pdf', '003', 25],
    ['seed-004.pdf', '004', 86],
    ['seed-001.doc', '001', 62],
    ['seed-002.ofd', '002', 30],
  ])('%s parses like its source text', async (fixture, seed, count) => {
    const fromFormat = await parseFile(join(FORMAT_FIXTURE_DIR, fixture));
    const fromText = await parseFile(join(SEED_DIR, SOURCES[seed]));
    expect(fromFormat.unitCount).toBe(count);
    expect(fromFormat.unitCount).toBe(fromText.unitCount);
    expect(fromFormat.document).toEqual(fromText.document);
    const squash = (text: string) => text.replace(/\s+/g, '');
    expect(fromFormat.units.map((unit) => squash(unit.paragraphs.map((p) => p.text).join('')))).toEqual(fromText.units.map((unit) => squash(unit.paragraphs.map((p) => p.text).join(''))));
  });

  it('detects the format from content, not the extension', async () => {
    const docx = readFileSync(join(FORMAT_FIXTURE_DIR, 'seed-004.docx'));
    expect(sniffFormat(docx)).toBe('docx');
    expect((await parseBuffer(docx, 'upload.txt')).unitCount).toBe(86);
    const pdf = readFileSync(join(FORMAT_FIXTURE_DIR, 'seed-000.pdf'));
    expect((await parseBuffer(pdf, 'upload')).unitCount).toBe(43);
    // A name that promises a binary format must keep the promise (errors.spec: type_mismatch).
    await expect(parseBuffer(pdf, 'upload.docx')).rejects.toMatchObject({ code: 'type_mismatch' });
  });

  it('tells a .doc by the compound-file signature and an OFD by its OFD.xml entry', async () => {
    const doc = readFileSync(join(FORMAT_FIXTURE_DIR, 'seed-001.doc'));
    const ofd = readFileSync(join(FORMAT_FIXTURE_DIR, 'seed-002.ofd'));
    expect([sniffFormat(doc), sniffFormat(ofd)]).toEqual(['doc', 'ofd']);
    expect((await parseBuffer(doc, 'upload')).unitCount).toBe(62);
    expect((await parseBuffer(ofd, 'upload.zip')).unitCount).toBe(30);
    await expect(parseBuffer(doc, 'upload.ofd')).rejects.toMatchObject({ code: 'type_mismatch' });
    await expect(parseBuffer(ofd, 'upload.docx')).rejects.toMatchObject({ code: 'type_mismatch' });
    // A zip naming OFD.xml only inside another entry's path is no OFD.
    expect(sniffFormat(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(26), Buffer.from('Res/OFD.xml.bak')]))).toBe('binary');
  });

  describe('a 分工表 as markdown, .docx and .doc', () => {
    const tasksOf = (parsed: Awaited<ReturnType<typeof parseFile>>) => parsed.units.map((unit) => [unit.label, unit.paragraphs[0].text, unit.annotation, unit.headingPath]);

    it.each(['division-table.docx', 'division-table.doc'])('%s gives the rows, cells and sections of division-table.md', async (fixture) => {
      const fromMarkdown = await parseFile(join(FORMAT_FIXTURE_DIR, 'division-table.md'));
      const fromWord = await parseFile(join(FORMAT_FIXTURE_DIR, fixture));
      expect(fromMarkdown.unitCount).toBe(8);
      expect(fromWord.document).toEqual(fromMarkdown.document);
      expect(tasksOf(fromWord)).toEqual(tasksOf(fromMarkdown));
      // The lead cell merged over tasks 1 and 2 in Word applies to both.
      expect(fromWord.units[1].annotation).toBe('（牵头单位：自治区口岸管理办公室；配合单位：自治区数据局；完成时限：2027年6月底前）');
      expect(fromWord.units[6].headingPath).toEqual(['三、强化组织保障']);
    });
  });

  describe('text encodings', () => {
    const text = readFileSync(join(SEED_DIR, SOURCES['004']), 'utf8');

    it.each([
      ['GB18030', iconv.encode(text, 'gb18030')],
      ['GBK', iconv.encode(text, 'gbk')],
      ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
      ['UTF-16LE with BOM', iconv.encode(text, 'utf16le', { addBOM: true })],
    ])('%s parses like UTF-8', async (_label, bytes) => {
      const parsed = await parseBuffer(bytes, 'seed-004.txt');
      expect(parsed.unitCount).toBe(86);
      expect(parsed.document.title).toBe('内蒙古自治区建设国家向北开放重要桥头堡促进条例');
      expect(parsed.text.charCodeAt(0)).not.toBe(0xfeff);
    });
  });
});
