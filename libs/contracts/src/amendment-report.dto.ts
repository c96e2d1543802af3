// The dry-run report of POST /regulations/:id/versions (built in libs/application
// regulations/versions/amendment-report.ts, shown by the admin's version dialog).

export type ObligationChange = 'unchanged' | 'moved' | 'modified' | 'removed';
export type ArticleChange = 'renumbered' | 'modified' | 'added' | 'removed';

/** In the order the report lists them. */
export const OBLIGATION_CHANGES: readonly ObligationChange[] = ['moved', 'modified', 'removed', 'unchanged'];

export interface DiffSegment {
  op: 'same' | 'insert' | 'delete';
  text: string;
}

export interface ObligationChangeReport {
  obligationId: string;
  change: ObligationChange;
  fromArticle: number | null;
  toArticle: number | null;
  fromText: string;
  toText: string | null;
}

export interface AddedObligationReport {
  article: number | null;
  item: number | null;
  text: string;
  modality: string;
  subjects: string[];
  co: string[];
  due: string | null;
}

/** A changed article for the side-by-side view (unchanged ones are left out). */
export interface ArticleChangeReport {
  change: ArticleChange;
  fromArticle: number | null;
  fromSuffix: number | null;
  toArticle: number | null;
  toSuffix: number | null;
  fromText: string | null;
  toText: string | null;
  /** Character diff of the two texts (modified only). */
  diff: DiffSegment[] | null;
}

export interface AmendmentReport {
  regulationId: string;
  fromVersion: number;
  toVersion: number;
  provisions: Record<'unchanged' | ArticleChange, number>;
  obligations: ObligationChangeReport[];
  added: AddedObligationReport[];
  articles: ArticleChangeReport[];
}
