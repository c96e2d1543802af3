import { expandDeltas, glyphLines, linesToParagraphs, pageGlyphs } from './ofd-page-text';
import { parseOfdXml, child } from './ofd-xml';

const page = (objects: string) => child(parseOfdXml(`<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">${objects}</ofd:Layer></ofd:Content></ofd:Page>`), 'Page') ?? {};
const textObject = (x: number, y: number, text: string, extra = '') =>
  `<ofd:TextObject ID="2" Boundary="${x} ${y} 150 6" Size="5"${extra}><ofd:TextCode X="0" Y="4" DeltaX="g ${Array.from(text).length - 1} 5">${text}</ofd:TextCode></ofd:TextObject>`;

describe('OFD page text', () => {
  it('expands DeltaX, its g N d runs included', () => {
    expect(expandDeltas('g 3 4.2 2.1')).toEqual([4.2, 4.2, 4.2, 2.1]);
    expect(expandDeltas('1 2 g 2 3')).toEqual([1, 2, 3, 3]);
    expect(expandDeltas(undefined)).toEqual([]);
  });

  it('reads lines in reading order by position, not by their order in the file', () => {
    const glyphs = pageGlyphs(page([textObject(20, 50, '第二行'), textObject(20, 40, '第一行'), textObject(70, 40, '右边')].join('')));
    expect(glyphLines(glyphs).map((line) => line.text)).toEqual(['第一行 右边', '第二行']);
  });

  it('places glyphs by X, Y and DeltaX inside the Boundary, TextCodes without X continuing the line', () => {
    const object = `<ofd:TextObject ID="3" Boundary="10 20 100 10" Size="4"><ofd:TextCode X="2" Y="3" DeltaX="4 4">第一条</ofd:TextCode><ofd:TextCode DeltaX="4">本条</ofd:TextCode></ofd:TextObject>`;
    const glyphs = pageGlyphs(page(object));
    expect(glyphs.map((glyph) => [glyph.char, glyph.x, glyph.y])).toEqual([
      ['第', 12, 23],
      ['一', 16, 23],
      ['条', 20, 23],
      ['本', 24, 23],
      ['条', 28, 23],
    ]);
  });

  it('applies the TextObject CTM', () => {
    const glyphs = pageGlyphs(page(textObject(0, 0, '甲乙', ' CTM="2 0 0 2 10 0"')));
    expect(glyphs.map((glyph) => [glyph.x, glyph.y, glyph.size])).toEqual([
      [10, 8, 10],
      [20, 8, 10],
    ]);
  });

  it('joins wrapped lines into paragraphs, breaking at indents, short lines and page-spanning text alike', () => {
    const line = (text: string, left: number, right: number, y: number) => ({ text, left, right, y, size: 5 });
    const paragraphs = linesToParagraphs([
      [line('第一条　为了规范', 30, 180, 40), line('管理，制定本条例。', 20, 110, 50), line('第二条　本条例适用', 30, 180, 60)],
      [line('于全区。', 20, 40, 40), line('English words', 30, 180, 50), line('continue here.', 20, 90, 60)],
    ]);
    expect(paragraphs).toEqual(['第一条　为了规范管理，制定本条例。', '第二条　本条例适用于全区。', 'English words continue here.']);
  });
});
