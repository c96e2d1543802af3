import type { NotificationRepository } from '../notifications/notification.repository';

export interface SweepProgress {
  pending: number;
  sent: number;
  failed: number;
}

/** Status counts of the e-mails one sweep run created (the CLI waits on this; robot rows go at the robots' pace). */
export async function sweepProgress(notifications: Pick<NotificationRepository, 'emailStatusesOfSweep'>, sweepId: string): Promise<SweepProgress> {
  const rows = await notifications.emailStatusesOfSweep(sweepId);
  const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return { pending: count('pending'), sent: count('sent'), failed: count('failed') };
}
