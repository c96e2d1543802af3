import type { EventType, IsoDate, Modality, ObligationOrigin, ObligationStatus, Priority, Recurrence } from '@luyue/contracts';
import type { ListQuery, ListQueryRules, Page } from '../shared/list-query';
import type { ChangeCache } from '../shared/change-cache';
import type { PageAnchors } from '../shared/page-anchors';
import type { ObligationScope } from '../access/actor.loader';
import type { SessionCheck, SessionState } from '../access/session-check';
import type { ObligationRow } from './obligation.types';

export interface NewEvent {
  obligationId: string;
  type: EventType;
  fromStatus?: ObligationStatus | null;
  toStatus?: ObligationStatus | null;
  actorId: string | null;
  note?: string | null;
  data?: Record<string, unknown>;
}

export type AddedEvent = NewEvent & { id: string };

/** A new obligation row; what is left out takes the column's default. */
export interface NewObligation {
  id?: string;
  regulationId: string;
  provisionId?: string | null;
  article?: number | null;
  paragraph?: number | null;
  item?: number | null;
  subitem?: number | null;
  text: string;
  title: string;
  modality: Modality;
  mechanism?: boolean;
  subjects?: string[];
  coSubjects?: string[];
  unresolvedSubjects?: string[];
  leadBodyIds?: string[];
  coBodyIds?: string[];
  assigneeId?: string | null;
  status: ObligationStatus;
  dueDate?: IsoDate | null;
  recurrence?: Recurrence;
  priority?: Priority;
  confidence?: number | null;
  timing?: Record<string, unknown> | null;
  origin: ObligationOrigin;
  previousId?: string | null;
  latestProgress?: string | null;
  latestProgressAt?: Date | null;
  latestProgressBy?: string | null;
  searchTokens?: string;
}

/** The fields a versioned update may set. */
export type ObligationChanges = Partial<
  Pick<
    NewObligation,
    | 'title'
    | 'text'
    | 'modality'
    | 'priority'
    | 'recurrence'
    | 'subjects'
    | 'searchTokens'
    | 'dueDate'
    | 'leadBodyIds'
    | 'coBodyIds'
    | 'assigneeId'
    | 'latestProgress'
    | 'latestProgressAt'
    | 'latestProgressBy'
  > & { status: ObligationStatus; sourceChanged: boolean; sourceRemoved: boolean; amendedText: string | null }
>;

/** An amendment's new place for a current obligation. */
export interface ObligationRepointing {
  id: string;
  /** Null: keep the current one (a removed duty keeps pointing into the old tree, which stays). */
  provisionId: string | null;
  article: number | null;
  paragraph: number | null;
  item: number | null;
  subitem: number | null;
  title: string;
  sourceChanged: boolean;
  sourceRemoved: boolean;
  amendedText: string | null;
}

/** What the list's filter needs beyond the query: today, the yellow window and the actor's scope. */
export interface FilterContext {
  today: IsoDate;
  /** Last day still yellow (today + YELLOW_DAYS). */
  yellowUntil: IsoDate;
  /** Whose obligations the actor sees (see obligationScope). */
  scope: ObligationScope;
}

/** What a list keeps between requests: its totals and, for deep pages, rows' positions. */
export interface ListCaches {
  totals: ChangeCache<number>;
  anchors?: PageAnchors;
}

/** Obligations and their event log (port; the SQL adapter is libs/persistence's SqlObligationRepository). */
export interface ObligationRepository {
  /** The sort fields the list accepts (the SQL adapter knows their columns). */
  readonly listRules: ListQueryRules;
  findRow(id: string, lock?: boolean): Promise<ObligationRow | undefined>;
  /** The rows with these ids (any order); `lock` takes their row locks. */
  findRows(ids: readonly string[], lock?: boolean): Promise<ObligationRow[]>;
  /**
   * One page and the exact total. With `caches`, the total is counted once and reused until
   * obligations change, and deep pages may start from rows already read. With `session`, the
   * page's statement also reads the session's state.
   */
  list(query: ListQuery, ctx: FilterContext, caches?: ListCaches, session?: SessionCheck): Promise<Page<ObligationRow> & { session?: SessionState }>;
  /** Open items assigned to the user, led by one of `leadBodyIds` (null: any), locked. */
  openAssignedTo(userId: string, leadBodyIds: readonly string[] | null): Promise<ObligationRow[]>;
  /** Inserts the rows; answers their ids in order. */
  insert(rows: readonly NewObligation[]): Promise<string[]>;
  /** The next instance of a recurring duty: a pending copy of `previousId` due on `dueDate`, unless one exists. Answers its id, or null. */
  insertNextInstance(previousId: string, dueDate: IsoDate | null): Promise<string | null>;
  /** Optimistic write (`… WHERE version = $v`); a concurrent change is a StaleVersionError (409). Answers the new version. */
  updateVersioned(id: string, version: number, changes: ObligationChanges): Promise<number>;
  /** Drafts with no lead body get their regulation's default lead body; answers which. */
  assignDefaultLeadBodies(ids: readonly string[]): Promise<{ id: string; bodyId: string }[]>;
  setStatus(ids: readonly string[], status: ObligationStatus): Promise<void>;
  /** New lead and co bodies (a body merged away or not a body), without the client's version. */
  setBodies(id: string, leadBodyIds: readonly string[], coBodyIds: readonly string[]): Promise<void>;
  /** An applied amendment: every obligation points at its provision in the new tree, or is flagged. */
  repoint(updates: readonly ObligationRepointing[]): Promise<void>;
  /** A subject of the jurisdiction mapped to a body: lead or co body of every obligation naming it, no longer unresolved. Answers the ids. */
  resolveSubject(subject: string, bodyId: string, jurisdiction: string): Promise<string[]>;
  addEvent(event: NewEvent): Promise<AddedEvent>;
  /** Appends the events; answers them with their ids (in order). */
  addEvents(events: readonly NewEvent[]): Promise<AddedEvent[]>;
}
