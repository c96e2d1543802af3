import type { IsoDate, IsoDateTime } from './iso-date';
import type { Modality } from './obligation.enums';
import type { RegulationKind, RegulationStatus } from './regulation.enums';

// Shapes of the regulation endpoints: the list and show, the provision tree, the import preview
// and its answer, a long scan's OCR hand-off.

/** What a regulation's numbered units are: 条 of a law, tasks of a plan, or plain paragraphs. */
export type UnitKind = 'article' | 'task' | 'paragraph';

/** GET /regulations, GET /regulations/:id */
export interface RegulationDto {
  id: string;
  title: string;
  /** 简称: the stored one, else derived from the title. */
  shortTitle: string;
  documentNumber: string | null;
  issuer: string | null;
  jurisdiction: string;
  kind: RegulationKind;
  unit: UnitKind;
  adoptedOn: IsoDate | null;
  publishedOn: IsoDate | null;
  effectiveDate: IsoDate | null;
  status: RegulationStatus;
  sourceFileName: string | null;
  sourceFormat: string | null;
  sourceSha256: string | null;
  /** The current text's version (1 = as first imported). */
  version: number;
  defaultLeadBodyId: string | null;
  /** 简称 the text defines: （以下简称“口岸办”）. */
  aliases: { alias: string; full: string }[];
  warnings: string[];
  unitCount: number;
  amendedAt: IsoDateTime | null;
  obligationCount: number;
  /** Subject names of its duties that resolved to no body. */
  unresolvedSubjects: string[];
  createdBy: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export const PROVISION_LEVELS = ['heading', 'unit', 'paragraph', 'item', 'subitem'] as const;
export type ProvisionLevel = (typeof PROVISION_LEVELS)[number];

/** GET /provisions: one node of a regulation's text (the current version unless filter.version). */
export interface ProvisionDto {
  id: string;
  regulationId: string;
  version: number;
  parentId: string | null;
  level: ProvisionLevel;
  path: string | null;
  heading: string | null;
  article: number | null;
  suffix: number | null;
  paragraph: number | null;
  item: number | null;
  subitem: number | null;
  text: string;
  startOffset: number | null;
  endOffset: number | null;
  ordinal: number;
}

/** GET /regulations/:id/versions: one imported text, newest first. */
export interface RegulationVersionDto {
  version: number;
  title: string;
  documentNumber: string | null;
  issuer: string | null;
  adoptedOn: IsoDate | null;
  publishedOn: IsoDate | null;
  effectiveDate: IsoDate | null;
  sourceFileName: string | null;
  sourceFormat: string | null;
  sourceSha256: string | null;
  unitCount: number;
  summary: unknown;
  text: string;
  createdBy: string | null;
  createdAt: IsoDateTime;
  provisionCount: number;
  current: boolean;
}

/** A scanned PDF's OCR figures (the parser's OcrReport). */
export interface OcrReportDto {
  engine: string;
  language: string;
  pages: { page: number; confidence: number; low: boolean; seconds: number }[];
  meanConfidence: number;
  lowPages: number[];
  seconds: number;
}

/** A unit of the parsed text as the preview lists it. */
export interface PreviewUnitDto {
  number: number;
  suffix: number | null;
  /** The label as printed (`（三）`, `3.`, `一是`); plan tasks only. */
  label?: string;
  heading: string | null;
  paragraphs: { text: string }[];
}

/** A duty the import would create as a draft. */
export interface PreviewObligationDto {
  article: number | null;
  paragraph: number;
  item: number | null;
  title: string;
  text: string;
  modality: Modality;
  /** Lead (牵头) and partner (配合) names as extracted, and the bodies they resolved to. */
  subjects: string[];
  co: string[];
  leadBodyIds: string[];
  coBodyIds: string[];
  /** Lead and co names that resolved to no body. */
  unresolvedSubjects: string[];
  /** The scheduled due date; `due` is the extractor's own (ISO day or null). */
  dueDate: IsoDate | null;
  due: IsoDate | null;
}

/** POST /regulations/import?dryRun=true */
export interface ImportPreviewDto {
  document: {
    title: string | null;
    documentNumber: string | null;
    issuer: string | null;
    unit: UnitKind;
    jurisdiction: string;
    kind: RegulationKind;
    unitCount: number;
    warnings: string[];
    /** Only for a scanned PDF. */
    ocr?: OcrReportDto;
  };
  units: PreviewUnitDto[];
  obligations: PreviewObligationDto[];
  unresolvedSubjects: string[];
}

/** POST /regulations/import (saved). */
export interface ImportedRegulationDto {
  id: string;
  title: string;
  jurisdiction: string;
  unitCount: number;
  obligationCount: number;
  unresolvedSubjects: string[];
}

/** 202 of POST /regulations/import: a scan of more pages than the api reads in a request, queued for the worker. */
export interface OcrQueuedDto {
  ocrJobId: string;
  pages: number;
  fileName: string;
  status: 'queued';
}
