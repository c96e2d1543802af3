// The parser's output: one structured document, whatever the input format.
// Offsets (`start`/`end`) index into `ParsedDocument.text`.

export type UnitKind = 'article' | 'task';

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
  number: number; // 第十条 → 10; task 7 → 7
  suffix: number | null; // 第十条之一 → 1
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
}
