import { notificationJobId, notificationKey } from './queue';

describe('notification keys', () => {
  const parts = {
    kind: 'due_soon' as const,
    subjectId: '0b6f3c1e-8a2d-4c5e-9f10-1a2b3c4d5e6f',
    day: '2026-11-25',
    recipientUserId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  };

  it('builds a deterministic business key', () => {
    expect(notificationKey(parts)).toBe('due_soon:0b6f3c1e-8a2d-4c5e-9f10-1a2b3c4d5e6f:2026-11-25:7c9e6679-7425-40de-944b-e07fc1f90ae7');
    expect(notificationKey(parts)).toBe(notificationKey({ ...parts }));
    expect(notificationKey({ ...parts, kind: 'digest', subjectId: 'digest' })).toMatch(/^digest:digest:/);
  });

  it('rejects parts that would make the key ambiguous', () => {
    expect(() => notificationKey({ ...parts, subjectId: 'a:b' })).toThrow();
    expect(() => notificationKey({ ...parts, recipientUserId: '' })).toThrow();
  });

  it('makes a BullMQ-safe job id (no ":", not an integer)', () => {
    const jobId = notificationJobId(notificationKey(parts));
    expect(jobId).not.toContain(':');
    expect(`${parseInt(jobId, 10)}`).not.toBe(jobId);
    expect(jobId).toBe('notification__due_soon__0b6f3c1e-8a2d-4c5e-9f10-1a2b3c4d5e6f__2026-11-25__7c9e6679-7425-40de-944b-e07fc1f90ae7');
  });
});
