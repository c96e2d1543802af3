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
  unresolvedSubjects?: string[];
  dueDate?: string | null;
}

/** The api may list subjects as plain names or as { subject, count } rows. */
export type UnresolvedSubject = string | { subject?: string; name?: string };

export interface ImportPreview {
  document: {
    title?: string | null;
    documentNumber?: string | null;
    issuer?: string | null;
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
