import type { Modality } from '@luyue/contracts';

// Shapes of POST /api/regulations/import (?dryRun=true answers a preview, otherwise the saved regulation).

export interface PreviewUnit {
  number: number;
  suffix?: number | null;
  heading?: string | null;
  text?: string;
  paragraphs?: { text: string }[];
}

export interface PreviewObligation {
  article: number | null;
  paragraph?: number | null;
  item?: number | null;
  title?: string;
  text: string;
  modality: Modality;
  subjects?: string[];
  /** Bodies the subjects resolved to; the rest are in unresolvedSubjects. */
  leadBodyIds?: string[];
  /** Partner bodies' names (配合单位) as extracted, and the bodies they resolved to. */
  co?: string[];
  coBodyIds?: string[];
  /** Lead and co names that resolved to no body. */
  unresolvedSubjects?: string[];
  dueDate?: string | null;
  /** The extractor's own due date (ISO day or null); dueDate is the scheduled one. */
  due?: string | null;
}

/** The api may list subjects as plain names or as { subject, count } rows. */
export type UnresolvedSubject = string | { subject?: string; name?: string };

/** A scanned PDF's OCR figures (the parser's OcrReport). */
export interface OcrReportView {
  pages: { page: number; confidence: number; low: boolean }[];
  meanConfidence: number;
  lowPages: number[];
}

export interface ImportPreview {
  document: {
    title?: string | null;
    documentNumber?: string | null;
    issuer?: string | null;
    /** What the numbered units are: 条 of a law, tasks of a plan, or plain paragraphs. */
    unit?: 'article' | 'task' | 'paragraph';
    /** Only for a scanned PDF. */
    ocr?: OcrReportView;
  };
  units: PreviewUnit[];
  obligations: PreviewObligation[];
  unresolvedSubjects: UnresolvedSubject[];
}

export interface ImportResult {
  id: string;
  obligationCount: number;
  unresolvedSubjects: UnresolvedSubject[];
}

export const subjectName = (s: UnresolvedSubject): string =>
  typeof s === 'string' ? s : (s.subject ?? s.name ?? '');

export const unitText = (u: PreviewUnit): string =>
  u.text ?? (u.paragraphs ?? []).map((p) => p.text).join('\n');
