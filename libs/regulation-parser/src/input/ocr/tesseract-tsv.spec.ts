import { readTesseractTsv } from './tesseract-tsv';

const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const word = (block: number, paragraph: number, line: number, conf: number, text: string) => `5\t1\t${block}\t${paragraph}\t${line}\t1\t0\t0\t10\t10\t${conf}\t${text}`;

describe('Tesseract TSV', () => {
  it('joins Chinese words without spaces, keeps Latin words and a leading mark apart, and separates paragraphs', () => {
    const tsv = [
      HEADER,
      '1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t',
      word(1, 1, 1, 90, '#'),
      word(1, 1, 1, 80, '某口岸'),
      word(1, 1, 1, 70, '条例'),
      word(1, 2, 1, 95, '第一条'),
      word(1, 2, 1, 95, '适用'),
      word(1, 2, 1, 95, 'GB/T'),
      word(1, 2, 1, 95, '33190'),
      word(1, 2, 2, 60, '标准。'),
      word(1, 2, 2, -1, ''),
    ].join('\n');
    expect(readTesseractTsv(tsv)).toEqual({ lines: ['# 某口岸条例', '', '第一条适用GB/T 33190', '标准。'], confidence: 85 });
  });

  it('gives no lines and confidence 0 for a page where nothing was read', () => {
    expect(readTesseractTsv(`${HEADER}\n1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n`)).toEqual({ lines: [], confidence: 0 });
  });
});
