// The parser's output: one structured document, whatever the input format.
// Offsets (`start`/`end`) index into `ParsedDocument.text`.
import type { OcrReport } from './input/ocr/ocr-report';

/**
 * `article`: a regulation's 第N条; `task`: a plan's numbered measures or 分工表 rows;
 * `paragraph`: a document with no numbered units at all (a 通知, a 意见 in paragraphs), whose
 * body paragraphs are all in `preamble`.
 */
export type UnitKind = 'article' | 'task' | 'paragraph';

export interface DocumentMeta {
  title: string | null;
  documentNumber: string | null; // 文号, e.g. 国发〔2025〕12号
  issuer: string | null;
  adoptedOn: string | null; // YYYY-MM-DD
  publishedOn: string | null; // YYYY-MM-DD
  effectiveDate: string | null; // YYYY-MM-DD
  unit: UnitKind;
}

export interface SubItem {
  number: number; // 1. 2. …
  text: string;
}

export interface Item {
  number: number; // （一）（二）…
  text: string;
  subitems: SubItem[];
}

export interface Paragraph {
  text: string;
  start: number;
  end: number;
  items: Item[];
}

export interface Unit {
  /** 第十条 → 10; a plan task's 1-based ordinal in document order, whatever its printed label. */
  number: number;
  suffix: number | null; // 第十条之一 → 1
  /** The label as printed (`（三）`, `3.`, `一是`, a table row's 序号); plan tasks only. */
  label?: string;
  /**
   * The raw responsibility annotation (brackets included) that governs a plan task: its own
   * trailing annotation, else the nearest section heading's. The task's own annotation is still
   * in its paragraph text. For a 分工表 row, synthesized from its cells:
   * `（牵头单位：X；配合单位：Y；完成时限：Z）`.
   */
  annotation?: string | null;
  heading: string | null; // chapter / part heading the unit sits under
  /** All headings in force, outermost first (编, 章, 节 or a plan's 一、/（一）). */
  headingPath?: string[];
  start: number;
  end: number;
  paragraphs: Paragraph[];
}

export interface ParsedDocument {
  document: DocumentMeta;
  text: string;
  unitCount: number;
  units: Unit[];
  /** Text outside numbered units that still matters (a plan's guarantee section): paragraphs with article null. */
  preamble?: Paragraph[];
  trailing?: Paragraph[];
  warnings: string[];
  /** A scanned PDF's OCR: confidence per page, the low pages flagged. */
  ocr?: OcrReport;
}
