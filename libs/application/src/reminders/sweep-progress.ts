import type { DataSource } from 'typeorm';

export interface SweepProgress {
  pending: number;
  sent: number;
  failed: number;
}

/** Status counts of the e-mails one sweep run created (the CLI waits on this; robot rows go at the robots' pace). */
export async function sweepProgress(ds: DataSource, sweepId: string): Promise<SweepProgress> {
  const rows: { status: string; n: number }[] = await ds.query(
    `SELECT status, count(*)::int AS n FROM notifications WHERE sweep_id = $1 AND channel = 'email' GROUP BY status`,
    [sweepId],
  );
  const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return { pending: count('pending'), sent: count('sent'), failed: count('failed') };
}
