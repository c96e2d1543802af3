// Public output types of the obligation extractor.

export type Modality = 'must' | 'must_not' | 'encouraged' | 'may';

export type Timing = { kind: 'none' } | { kind: 'promptly' } | { kind: 'recurring'; every?: 'month' | 'quarter' | 'year' } | { kind: 'deadline'; months: number; from: 'effective' };

export interface Alias {
  alias: string;
  full: string;
}

export interface Obligation {
  /** Article number, task number for plans, null outside numbered units. */
  article: number | null;
  /** 1-based paragraph inside the unit. */
  paragraph: number;
  item: number | null;
  subitem: number | null;
  modality: Modality;
  subjects: string[];
  co: string[];
  mechanism: boolean;
  text: string;
  timing: Timing;
  /** ISO `YYYY-MM-DD` the duty is due by, or null (guide, "Deadlines"). */
  due: string | null;
  confidence: number;
}

export interface ExtractionResult {
  document: { title: string | null; effectiveDate: string | null; unit: 'article' | 'task' | 'paragraph' };
  unitCount: number;
  aliases: Alias[];
  obligations: Obligation[];
}
