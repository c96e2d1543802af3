import type { EventNotificationKind, Light, ObligationStatus } from '@luyue/contracts';

/** What a reminder shows of one obligation (read from the database at send time). */
export interface ObligationMailItem {
  id: string;
  title: string;
  text: string;
  regulationTitle: string;
  article: number | null;
  dueDate: string | null;
  status: ObligationStatus;
  leadBodies: string[];
  /** The list colour on the day the message is sent (shown next to the due date). */
  light?: Light;
}

/** A hand-off notice: what happened to the obligation, who did it, with their note. */
export interface EventMailModel {
  kind: EventNotificationKind;
  recipientName: string;
  obligation: ObligationMailItem;
  baseUrl: string;
  actorName: string;
  note: string | null;
  /** Extensions: the date asked for, and (decided) whether it was approved. */
  proposedDueDate?: string | null;
  approved?: boolean;
}

/** What kind of reminder, with its numbers. */
export type ReminderFacts = { kind: 'due_soon'; daysLeft: number } | { kind: 'overdue'; daysOverdue: number } | { kind: 'escalation'; daysOverdue: number; toParent: boolean };

export type ReminderMailModel = {
  recipientName: string;
  obligation: ObligationMailItem;
  /** Back-office origin, e.g. https://luyue.example.gov.cn */
  baseUrl: string;
} & ReminderFacts;

export interface DigestMailModel {
  recipientName: string;
  bodyName: string;
  day: string;
  baseUrl: string;
  overdue: ObligationMailItem[];
  dueSoon: ObligationMailItem[];
  awaitingVerification: ObligationMailItem[];
  /** Full counts; the lists may be truncated. */
  totals: { overdue: number; dueSoon: number; awaitingVerification: number };
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}
