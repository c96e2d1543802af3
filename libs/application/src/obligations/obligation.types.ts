import { shortTitleSql } from '../regulations/short-title-rule';
import type { IsoDate, Modality, ObligationDto, ObligationOrigin, ObligationStatus, Priority, Recurrence } from '@luyue/contracts';

/** An obligation as read from SQL (camelCase aliases of the columns). */
export interface ObligationRow {
  id: string;
  version: number;
  status: ObligationStatus;
  regulationId: string;
  provisionId: string | null;
  article: number | null;
  paragraph: number | null;
  item: number | null;
  subitem: number | null;
  text: string;
  title: string;
  modality: Modality;
  mechanism: boolean;
  subjects: string[];
  coSubjects: string[];
  unresolvedSubjects: string[];
  leadBodyIds: string[];
  coBodyIds: string[];
  assigneeId: string | null;
  dueDate: IsoDate | null;
  recurrence: Recurrence;
  priority: Priority;
  confidence: number | null;
  timing: Record<string, unknown> | null;
  origin: ObligationOrigin;
  previousId: string | null;
  latestProgress: string | null;
  latestProgressAt: Date | null;
  latestProgressBy: string | null;
  sourceChanged: boolean;
  sourceRemoved: boolean;
  amendedText: string | null;
  regulationTitle: string | null;
  regulationShortTitle: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The API's obligation item (the shared contract). */
export type ObligationView = ObligationDto;

// Column list for every obligation read; `o` is the obligations alias.
export const OBLIGATION_COLUMNS = `
  o.id, o.version, o.status, o.regulation_id AS "regulationId", o.provision_id AS "provisionId",
  o.article, o.paragraph, o.item, o.subitem, o.text, o.title, o.modality, o.mechanism,
  o.subjects, o.co_subjects AS "coSubjects", o.unresolved_subjects AS "unresolvedSubjects",
  o.lead_body_ids AS "leadBodyIds", o.co_body_ids AS "coBodyIds", o.assignee_id AS "assigneeId",
  to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", o.recurrence, o.priority, o.confidence, o.timing, o.origin,
  o.previous_id AS "previousId", o.latest_progress AS "latestProgress", o.latest_progress_at AS "latestProgressAt",
  o.latest_progress_by AS "latestProgressBy", o.source_changed AS "sourceChanged", o.source_removed AS "sourceRemoved",
  o.amended_text AS "amendedText", o.created_at AS "createdAt", o.updated_at AS "updatedAt",
  (SELECT r.title FROM regulations r WHERE r.id = o.regulation_id) AS "regulationTitle",
  (SELECT ${shortTitleSql('r')} FROM regulations r WHERE r.id = o.regulation_id) AS "regulationShortTitle"`;
