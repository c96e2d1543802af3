/** An outbox row as the queues take it. */
export interface OutboxEntry {
  id: string;
  key: string;
  channel: string;
}

/** The notifications outbox (port). */
export interface NotificationRepository {
  find(id: string): Promise<(OutboxEntry & { status: string }) | undefined>;
  /** A failed row back to pending, its error and sweep cleared (the outbox relay then finds it too, should the enqueue be lost). */
  resetFailed(id: string): Promise<void>;
  /** Pending rows nobody enqueues otherwise (hand-off notices, robot rows), oldest first. */
  pendingOutbox(limit: number): Promise<OutboxEntry[]>;
  /** How many of a sweep run's e-mail rows are in each status. */
  emailStatusesOfSweep(sweepId: string): Promise<{ status: string; n: number }[]>;
}
