import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { RegulationParseError, type RegulationParseErrorCode } from './errors';
import { MAX_DOCX_UNCOMPRESSED_BYTES } from './input/docx-reader';
import { parseBuffer, parseFile } from './parse-file';
import { parseText } from './parse-text';
import { FORMAT_FIXTURE_DIR } from './testing/repo-paths';

async function expectParseError(promise: Promise<unknown>, code: RegulationParseErrorCode, fileName: string) {
  const error = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(RegulationParseError);
  expect(error).toMatchObject({ code, fileName });
  expect((error as Error).message).toContain(fileName);
}

describe('bad input gives a typed error, never a crash or an empty success', () => {
  const docx = readFileSync(join(FORMAT_FIXTURE_DIR, 'seed-000.docx'));
  const pdf = readFileSync(join(FORMAT_FIXTURE_DIR, 'seed-000.pdf'));

  it.each<[string, Buffer, RegulationParseErrorCode]>([
    ['empty.txt', Buffer.alloc(0), 'empty'],
    ['blank.txt', Buffer.from(' \n\n\t \n'), 'empty'],
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
    ['archive.zip', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]), 'binary'],
    ['truncated.docx', docx.subarray(0, Math.floor(docx.length / 2)), 'corrupt'],
    ['truncated.pdf', pdf.subarray(0, 2000), 'corrupt'],
    ['text-in-disguise.pdf', Buffer.from('第一条 本条例自公布之日起施行。\n'), 'type_mismatch'],
    ['text-in-disguise.docx', Buffer.from('第一条 本条例自公布之日起施行。\n'), 'type_mismatch'],
    ['pdf-in-disguise.docx', pdf, 'type_mismatch'],
    ['truncated.doc', readFileSync(join(FORMAT_FIXTURE_DIR, 'hostile/truncated.doc')), 'corrupt'],
    ['no-compound-file.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]), 'corrupt'],
    ['archive.ofd', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]), 'binary'],
  ])('%s → %s', async (fileName, bytes, code) => {
    await expectParseError(parseBuffer(bytes, fileName), code, fileName);
  });

  it('refuses a .docx zip bomb from its declared sizes, without inflating it', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'a'.repeat(MAX_DOCX_UNCOMPRESSED_BYTES + 1));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectParseError(parseBuffer(bomb, 'bomb.docx'), 'corrupt', 'bomb.docx');
  }, 30_000);

  it('rejects a file over the size limit before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regulation-parser-'));
    const path = join(dir, 'big.txt');
    writeFileSync(path, '第一条 本条例自公布之日起施行。\n'.repeat(200));
    await expectParseError(parseFile(path, { maxBytes: 1000 }), 'too_large', 'big.txt');
    await expect(parseFile(path)).resolves.toMatchObject({ unitCount: 200 });
  });

  it('parseText reports empty text, and reads unnumbered text as paragraphs instead of refusing it', () => {
    expect(() => parseText('   ', { fileName: 'x.md' })).toThrow(RegulationParseError);
    const notes = parseText('只是一段说明文字，没有任何编号。', { fileName: 'x.md' });
    expect(notes).toMatchObject({ unitCount: 0, units: [], document: { unit: 'paragraph' } });
    expect(notes.preamble?.map((paragraph) => paragraph.text)).toEqual(['只是一段说明文字，没有任何编号。']);
  });

  it('reads a file of unnumbered notes as paragraphs', async () => {
    const parsed = await parseBuffer(Buffer.from('会议记录\n今天讨论了预算安排。\n下次会议另行通知。\n'), 'notes.txt');
    expect(parsed.document.unit).toBe('paragraph');
    expect(parsed.preamble?.map((paragraph) => paragraph.text)).toEqual(['今天讨论了预算安排。', '下次会议另行通知。']);
  });
});
