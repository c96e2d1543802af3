import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { RegulationParseError } from '../../errors';
import { parseBuffer } from '../../parse-file';
import { buildOfd, ofdLine } from '../../testing/ofd-fixture';
import { FORMAT_FIXTURE_DIR } from '../../testing/repo-paths';
import { MAX_OFD_INFLATED_BYTES, OfdPackage } from './ofd-package';
import { MAX_OFD_PAGES, readOfd } from './ofd-reader';

const ARTICLES = [ofdLine('第一条　为了规范口岸管理，制定本条例。', 30, 40), ofdLine('第二条　本条例自2026年1月1日起施行。', 30, 50)].join('');

async function parseError(buffer: Buffer, fileName = 'x.ofd'): Promise<RegulationParseError> {
  const error = await parseBuffer(buffer, fileName).then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(RegulationParseError);
  return error as RegulationParseError;
}

describe('OFD reader', () => {
  it('reads pages in order and takes the title and date from DocInfo where the text has none', async () => {
    const ofd = await buildOfd({
      docInfo: '<ofd:Title>某口岸管理条例</ofd:Title><ofd:CreationDate>2025-11-07</ofd:CreationDate>',
      pages: [ofdLine('第一条　为了规范口岸管理，制定本条例。', 30, 40), ofdLine('第二条　本条例自2026年1月1日起施行。', 30, 40)],
    });
    // The full-width space is no glyph: the gap it leaves reads as a space.
    expect(await readOfd(ofd, 'x.ofd')).toEqual({
      text: '第一条 为了规范口岸管理，制定本条例。\n第二条 本条例自2026年1月1日起施行。',
      info: { title: '某口岸管理条例', createdOn: '2025-11-07' },
    });
    const parsed = await parseBuffer(ofd, 'x.ofd');
    expect(parsed.unitCount).toBe(2);
    expect(parsed.document).toMatchObject({ title: '某口岸管理条例', publishedOn: '2025-11-07', effectiveDate: '2026-01-01' });
  });

  it('keeps the title the text gives over DocInfo', async () => {
    const ofd = await buildOfd({ docInfo: '<ofd:Title>文件标题.docx</ofd:Title>', pages: [ofdLine('某口岸管理条例', 60, 30) + ARTICLES] });
    expect((await parseBuffer(ofd, 'x.ofd')).document.title).toBe('某口岸管理条例');
  });

  it('is sniffed by its OFD.xml entry, whatever the file is called', async () => {
    const parsed = await parseBuffer(await buildOfd({ pages: [ARTICLES] }), 'upload.bin');
    expect(parsed.unitCount).toBe(2);
  });

  it('refuses a zip bomb whose headers lie about its size, measuring what is really inflated', async () => {
    const bomb = readFileSync(join(FORMAT_FIXTURE_DIR, 'hostile/ofd-zip-bomb.ofd'));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await parseError(bomb, 'bomb.ofd');
    expect(error).toMatchObject({ code: 'too_large', fileName: 'bomb.ofd' });
    expect(error.message).toContain('more bytes than its headers declare');
  }, 30_000);

  it('refuses a package whose declared sizes are over the limit before inflating anything', async () => {
    const zip = new JSZip();
    zip.file('OFD.xml', '<ofd:OFD/>');
    zip.file('Doc_0/Res/padding.bin', Buffer.alloc(4096));
    const packed = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const error = await OfdPackage.open(packed, 'declared.ofd', 4096).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(RegulationParseError);
    expect(error).toMatchObject({ code: 'too_large', message: expect.stringContaining(`declares ${4096 + '<ofd:OFD/>'.length} inflated bytes`) });
    expect(MAX_OFD_INFLATED_BYTES).toBe(100 * 1024 * 1024);
  });

  it.each([
    ['malformed XML', { 'Doc_0/Pages/Page_0/Content.xml': '<ofd:Page><ofd:Content></ofd:Page>' }, 'not well-formed'],
    ['no DocRoot', { 'OFD.xml': '<ofd:OFD xmlns:ofd="x"><ofd:DocBody/></ofd:OFD>' }, 'names no DocRoot'],
    [
      'a missing page part',
      { 'Doc_0/Document.xml': '<ofd:Document xmlns:ofd="x"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_9/Content.xml"/></ofd:Pages></ofd:Document>' },
      'no part Doc_0/Pages/Page_9/Content.xml',
    ],
  ])('refuses a package with %s as corrupt', async (_label, override, reason) => {
    const error = await parseError(await buildOfd({ pages: [ARTICLES], override }));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain(reason);
  });

  it('does not expand nested entities (a billion-laughs page stays small)', async () => {
    let entities = '<!ENTITY a0 "哈">';
    for (let level = 1; level < 12; level++) entities += `<!ENTITY a${level} "${`&a${level - 1};`.repeat(10)}">`;
    const page = `<?xml version="1.0"?><!DOCTYPE ofd:Page [${entities}]><ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer ID="1">${ofdLine('&a11;', 30, 40)}</ofd:Layer></ofd:Content></ofd:Page>`;
    const ofd = await buildOfd({ pages: [ARTICLES], override: { 'Doc_0/Pages/Page_0/Content.xml': page } });
    const { text } = await readOfd(ofd, 'laughs.ofd');
    expect(text.length).toBeLessThan(100);
  });

  it('refuses a document of more pages than the page limit', async () => {
    const pages = Array.from({ length: MAX_OFD_PAGES + 1 }, (_, i) => `<ofd:Page ID="${i}" BaseLoc="Pages/Page_0/Content.xml"/>`).join('');
    const ofd = await buildOfd({ pages: [ARTICLES], override: { 'Doc_0/Document.xml': `<ofd:Document xmlns:ofd="x"><ofd:Pages>${pages}</ofd:Pages></ofd:Document>` } });
    expect(await parseError(ofd)).toMatchObject({ code: 'too_large' });
  });
});
