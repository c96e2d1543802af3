import {
  AlignmentType,
  Document,
  Footer,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  type ISectionOptions,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { DIVISION_COLUMNS, type DivisionLine, type DivisionSection } from './division-table';

// Agencies' layout: titles and table heads in 黑体, text in 仿宋; sizes in half-points (三号 16 pt = 32).
const HEITI = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体' };
const FANGSONG = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋' };
const TITLE_SIZE = 36;
const HEAD_SIZE = 28;
const TEXT_SIZE = 24;

// A4 landscape, 2.54 cm margins: 13,958 twips across, split over the five columns.
// docx swaps width and height for a landscape section: give the portrait size.
const PAGE = { width: 11906, height: 16838, margin: 1440 };
const COLUMN_WIDTHS = [800, 6958, 2200, 2200, 1800];

const run = (text: string, font: typeof HEITI, size: number) => new TextRun({ text, font, size });

function cell(text: string, options: { font?: typeof HEITI; size?: number; center?: boolean; span?: number; width?: number; shade?: boolean } = {}): TableCell {
  return new TableCell({
    columnSpan: options.span,
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, options.font ?? FANGSONG, options.size ?? TEXT_SIZE)] })],
  });
}

const headerRow = () =>
  new TableRow({ tableHeader: true, cantSplit: true, children: DIVISION_COLUMNS.map((c, i) => cell(c, { font: HEITI, size: HEAD_SIZE, center: true, width: COLUMN_WIDTHS[i], shade: true })) });

function lineRow(line: DivisionLine): TableRow {
  if (line.kind === 'heading') {
    return new TableRow({ cantSplit: true, children: [cell(`${'　'.repeat(line.depth)}${line.text}`, { font: HEITI, span: DIVISION_COLUMNS.length })] });
  }
  return new TableRow({
    cantSplit: true,
    children: [cell(String(line.no), { center: true }), cell(line.task), cell(line.lead, { center: true }), cell(line.co, { center: true }), cell(line.due, { center: true })],
  });
}

// 公文 page numbers: centred — N — under the text.
const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体' }, size: HEAD_SIZE })],
      }),
    ],
  });

function section(s: Pick<DivisionSection, 'title' | 'lines'>): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
        pageNumbers: { start: 1 },
      },
    },
    footers: { default: pageFooter() },
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(s.title, HEITI, TITLE_SIZE)] }),
      new Table({
        width: { size: COLUMN_WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: COLUMN_WIDTHS,
        rows: [headerRow(), ...s.lines.map(lineRow)],
      }),
    ],
  };
}

/** The 重点任务分工表 as a Word document: one landscape section per regulation or plan. */
export async function divisionTableDocx(sections: readonly DivisionSection[]): Promise<Buffer> {
  const doc = new Document({
    creator: '履约 Luyue',
    title: sections.length === 1 ? sections[0].title : '重点任务分工',
    styles: { default: { document: { run: { font: FANGSONG, size: TEXT_SIZE } } } },
    sections: (sections.length ? sections : [{ title: '重点任务分工', lines: [] }]).map(section),
  });
  return Packer.toBuffer(doc);
}
