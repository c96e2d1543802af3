import type { DataSource } from 'typeorm';
import { validateEnv } from '@luyue/config';
import { type Repositories, RetryableSendError, deliverClaimed } from '@luyue/application';
import { createAppDataSource, createDataSource } from '../data-source';
import { createDataAccess } from '../data-access';

// One delivery of a notification row at a time, for e-mail and robot sends alike.

const env = validateEnv(process.env);

describe('deliverClaimed', () => {
  let ds: DataSource;
  let owner: DataSource;
  let recipient: string;
  let data: ReturnType<typeof createDataAccess>;

  beforeAll(async () => {
    ds = await createAppDataSource(env).initialize();
    data = createDataAccess(ds);
    owner = await createDataSource(env.DATABASE_URL).initialize();
    const email = `claim-${Date.now()}@luyue.test`;
    [{ id: recipient }] = await owner.query(`INSERT INTO users (email, name, password_hash, role) VALUES ($1, $1, 'x', 'admin') RETURNING id`, [email]);
  });

  afterAll(async () => {
    await ds.destroy();
    await owner.destroy();
  });

  const pendingRow = async (): Promise<string> => {
    const key = `test:claim:${Date.now()}:${Math.random()}`;
    const [{ id }] = await owner.query(
      `INSERT INTO notifications (key, kind, day, message_id, recipient_user_id, recipient_email) VALUES ($1, 'digest', '2026-12-02', $1, $2, 'r@luyue.test') RETURNING id`,
      [key, recipient],
    );
    return id as string;
  };

  it('lets a second delivery of a row being sent retry later, and skips the row once it is sent', async () => {
    const id = await pendingRow();
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let deliveries = 0;
    const send = async (repos: Repositories) => {
      deliveries++;
      await firstHolds;
      await repos.deliveries.markSent(id);
      return 'sent' as const;
    };
    const first = deliverClaimed(data, id, send);
    // The first delivery has claimed the row once it is waiting inside `send`.
    while (deliveries === 0) await new Promise((r) => setTimeout(r, 10));
    await expect(deliverClaimed(data, id, send)).rejects.toBeInstanceOf(RetryableSendError);
    releaseFirst();
    await expect(first).resolves.toBe('sent');
    await expect(deliverClaimed(data, id, send)).resolves.toBe('skipped');
    expect(deliveries).toBe(1);
  });

  it('keeps the row pending when the delivery asks for a retry', async () => {
    const id = await pendingRow();
    await expect(deliverClaimed(data, id, async () => ({ retry: 'receiver busy' }))).rejects.toThrow('receiver busy');
    const [{ status }] = await owner.query('SELECT status FROM notifications WHERE id = $1', [id]);
    expect(status).toBe('pending');
  });
});
