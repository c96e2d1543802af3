// The dry-run report of POST /regulations/:id/versions (see libs/application amendment-report.ts).

export type ObligationChange = 'unchanged' | 'moved' | 'modified' | 'removed';
export type ArticleChange = 'renumbered' | 'modified' | 'added' | 'removed';

export interface DiffSegment {
  op: 'same' | 'insert' | 'delete';
  text: string;
}

export interface AmendmentReport {
  regulationId: string;
  fromVersion: number;
  toVersion: number;
  provisions: Record<'unchanged' | ArticleChange, number>;
  obligations: {
    obligationId: string;
    change: ObligationChange;
    fromArticle: number | null;
    toArticle: number | null;
    fromText: string;
    toText: string | null;
  }[];
  added: {
    article: number | null;
    item: number | null;
    text: string;
    modality: string;
    subjects: string[];
    co: string[];
    due: string | null;
  }[];
  articles: {
    change: ArticleChange;
    fromArticle: number | null;
    fromSuffix: number | null;
    toArticle: number | null;
    toSuffix: number | null;
    fromText: string | null;
    toText: string | null;
    diff: DiffSegment[] | null;
  }[];
}

export const OBLIGATION_CHANGES: ObligationChange[] = [
  'moved',
  'modified',
  'removed',
  'unchanged',
];
