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

/** The API's obligation item: the shared contract plus the extraction details the admin maps. */
export interface ObligationView extends ObligationDto {
  subitem: number | null;
  subjects: string[];
  coSubjects: string[];
  unresolvedSubjects: string[];
  previousId: string | null;
  /** The regulation was amended and this duty's provision text changed (修订待审); the new wording is `amendedText`. */
  sourceChanged: boolean;
  /** The regulation was amended and this duty's provision has no counterpart: proposed for waiving. */
  sourceRemoved: boolean;
  amendedText: string | null;
}
