import type { ObligationStatus } from '@luyue/contracts';

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
}

export type ReminderMailModel = {
  recipientName: string;
  obligation: ObligationMailItem;
  /** Back-office origin, e.g. https://luyue.example.gov.cn */
  baseUrl: string;
} & (
  | { kind: 'due_soon'; daysLeft: number }
  | { kind: 'overdue'; daysOverdue: number }
  | { kind: 'escalation'; daysOverdue: number; toParent: boolean }
);

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
