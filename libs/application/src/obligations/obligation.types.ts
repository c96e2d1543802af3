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
  /** ISO text (UTC), as the API answers it. */
  latestProgressAt: string | null;
  latestProgressBy: string | null;
  sourceChanged: boolean;
  sourceRemoved: boolean;
  amendedText: string | null;
  regulationTitle: string | null;
  regulationShortTitle: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The API's obligation item (the shared contract). */
export type ObligationView = ObligationDto;
