import type { RegulationKind } from '@luyue/contracts';
import type { ProvisionNode } from './provision-tree';

// What an amendment is compared with: the regulation's current row, its current units and every obligation.

export interface CurrentRegulation {
  id: string;
  title: string;
  shortTitle: string | null;
  jurisdiction: string;
  version: number;
  sourceSha256: string;
  text: string;
  effectiveDate: string | null;
}

export interface CurrentUnit {
  id: string;
  article: number;
  suffix: number | null;
  text: string;
}

export interface CurrentObligation {
  id: string;
  article: number | null;
  suffix: number | null;
  paragraph: number | null;
  item: number | null;
  text: string;
  title: string;
  status: string;
}

/** A new regulations row (the import). */
export interface NewRegulation {
  id: string;
  title: string;
  documentNumber: string | null;
  issuer: string | null;
  jurisdiction: string;
  kind: RegulationKind;
  unit: string | null;
  adoptedOn: string | null;
  publishedOn: string | null;
  effectiveDate: string | null;
  sourceFileName: string;
  sourceFormat: string;
  sourceSha256: string;
  rawText: string;
  text: string;
  defaultLeadBodyId: string | null;
  aliases: unknown;
  warnings: unknown;
  unitCount: number;
  createdBy: string;
  shortTitle: string;
}

/** The regulations row after an amendment: its new text and metadata, the version number moved on. */
export type AmendedRegulation = Omit<NewRegulation, 'jurisdiction' | 'kind' | 'unit' | 'defaultLeadBodyId' | 'createdBy'> & { version: number };

/** A regulation as the ledger import matches rows to it. */
export interface LedgerRegulation {
  id: string;
  title: string;
  jurisdiction: string;
  aliases: { alias: string; full: string }[];
}

/** Regulations, their provision trees and versions (port; libs/persistence's SqlRegulationRepository). */
export interface RegulationRepository {
  /** The regulation already holding these bytes, if any. */
  idBySource(sha256: string): Promise<string | undefined>;
  /** A concurrent import of the same bytes is a DuplicateError (409). */
  insert(regulation: NewRegulation): Promise<void>;
  /** The same bytes as another regulation is a DuplicateError (409). */
  amend(regulation: AmendedRegulation): Promise<void>;
  insertProvisions(regulationId: string, nodes: readonly ProvisionNode[], version?: number): Promise<void>;
  /**
   * The regulation's current text and metadata as a row of regulation_versions (at its current
   * version number), copied in the database: the text is not sent a second time.
   */
  recordCurrentVersion(regulationId: string, summary: unknown, createdBy: string): Promise<void>;
  /** The current row, or 404; `lock` serialises amendments. */
  current(id: string, lock: boolean): Promise<CurrentRegulation>;
  currentUnits(regulationId: string, version: number): Promise<CurrentUnit[]>;
  /** Every obligation of the regulation (discarded drafts too: they keep a duty from coming back as new). */
  obligationsOf(regulationId: string): Promise<CurrentObligation[]>;
  /** The version of this regulation, or the other regulation, that already holds exactly these bytes. */
  sameSource(regulationId: string, sha256: string): Promise<{ regulationId: string; version: number } | null>;
  /** Every imported text, newest first. */
  versions(regulationId: string): Promise<Record<string, unknown>[]>;
  /** Title and 简称, locked for the edit that follows. */
  titles(id: string): Promise<{ title: string; shortTitle: string | null }>;
  retitle(id: string, title: string, shortTitle: string): Promise<void>;
  forLedger(): Promise<LedgerRegulation[]>;
}
