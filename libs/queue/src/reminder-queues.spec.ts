import { notificationJobId, notificationKey } from '@luyue/contracts';
import { emailJobOptions, sweepJobId } from './reminder-queues';

describe('reminder job ids and options', () => {
  it('sweep job ids are deterministic and BullMQ-safe', () => {
    expect(sweepJobId('2026-11-25', 'cli-1f2e')).toBe('sweep__2026-11-25__cli-1f2e');
    expect(sweepJobId('2026-11-25', 'cli-1f2e')).toBe(sweepJobId('2026-11-25', 'cli-1f2e'));
    expect(() => sweepJobId('2026-11-25', 'a:b')).toThrow();
    expect(() => sweepJobId('2026-11-25', '')).toThrow();
  });

  it('e-mail job ids follow the notification key', () => {
    const key = notificationKey({ kind: 'escalation', subjectId: 'o1', day: '2026-11-25', recipientUserId: 'u1' });
    expect(notificationJobId(key)).toBe('notification__escalation__o1__2026-11-25__u1');
    expect(notificationJobId(key)).not.toContain(':');
  });

  it('e-mail jobs retry with exponential backoff from the config', () => {
    expect(emailJobOptions({ EMAIL_ATTEMPTS: 8, EMAIL_BACKOFF_MS: 30_000 })).toMatchObject({
      attempts: 8,
      backoff: { type: 'exponential', delay: 30_000 },
    });
  });
});
