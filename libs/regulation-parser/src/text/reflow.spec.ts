import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../parse-text';
import { SEED_DIR } from '../testing/repo-paths';

const squash = (text: string) => text.replace(/\s+/g, '');

/** Re-typesets every logical line (paragraph) at a fixed width, as OCR and print layouts do, optionally indenting paragraphs. */
function hardWrap(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (indent + line.trim()).match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? '')
    .join('\n');
}

describe('layout recovery: the same regulation in other layouts gives the same units', () => {
  const source = readFileSync(join(SEED_DIR, '000_164fd63ef9aca991.txt'), 'utf8');
  const reference = parseText(source);
  const unitTexts = (text: string) => parseText(text).units.map((unit) => squash(unit.paragraphs.map((p) => p.text).join('|')));

  const referenceTexts = reference.units.map((unit) => squash(unit.paragraphs.map((p) => p.text).join('|')));

  it.each([
    ['CRLF line ends', source.replace(/\n/g, '\r\n')],
    ['no blank lines', source.replace(/\n\s*\n/g, '\n')],
    ['hard-wrapped at 22 characters, paragraphs indented', hardWrap(reference.text, 22, '\u3000\u3000')],
    ['hard-wrapped at 30 characters, paragraphs indented', hardWrap(reference.text, 30, '  ')],
    ['article labels glued to the end of the previous line', source.replace(/。\n+(第[一二三四五六七八九十]+条) /g, '。$1\n')],
  ])('%s', (_layout, variant) => {
    expect(unitTexts(variant)).toEqual(referenceTexts);
  });

  it('hard-wrapped without indents or blank lines keeps every unit, though paragraph breaks at a full line are lost', () => {
    const withoutBreaks = (texts: string[]) => texts.map((text) => text.replace(/\|/g, ''));
    expect(withoutBreaks(unitTexts(hardWrap(reference.text, 22)))).toEqual(withoutBreaks(referenceTexts));
  });
});
