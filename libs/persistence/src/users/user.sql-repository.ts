import type { EntityManager } from 'typeorm';
import type { NotificationPreferencesDto } from '@luyue/contracts';
import { DuplicateError } from '@luyue/domain';
import { type NewUser, type UserAdminField, type UserAdminState, type UserCredentials, type UserRepository, isUuid } from '@luyue/application';
import { SqlParams, rowsOf } from '../shared/sql';
import { assignments } from '../shared/assignments';

/** The columns of the fields an administrator sets. */
const USER_COLUMN: Record<UserAdminField, string> = {
  email: 'email',
  name: 'name',
  role: 'role',
  bodyId: 'body_id',
  active: 'active',
  notifyDueSoon: 'notify_due_soon',
  digestOnly: 'digest_only',
};
const USER_STATE = Object.entries(USER_COLUMN)
  .map(([field, column]) => `${column} AS "${field}"`)
  .join(', ');
const CREDENTIALS = `id, email, name, role, body_id AS "bodyId", password_hash AS "passwordHash", active, token_version AS "tokenVersion"`;

const PREFERENCE_COLUMN: Record<keyof NotificationPreferencesDto, string> = {
  dueSoon: 'notify_due_soon',
  overdue: 'notify_overdue',
  escalation: 'notify_escalation',
  digest: 'notify_digest',
  events: 'notify_events',
  digestWeekday: 'digest_weekday',
};
const PREFERENCES = Object.entries(PREFERENCE_COLUMN)
  .map(([field, column]) => `${column} AS "${field}"`)
  .join(', ');

const uniqueViolation = (error: { code?: string }) => {
  if (error.code === '23505') throw new DuplicateError('A user with this email already exists');
  throw error;
};

export class SqlUserRepository implements UserRepository {
  constructor(private readonly m: EntityManager) {}

  async activeUserBody(id: string): Promise<{ bodyId: string | null } | undefined> {
    if (!isUuid(id)) return undefined;
    const [row]: { bodyId: string | null }[] = await this.m.query('SELECT body_id AS "bodyId" FROM users WHERE id = $1 AND active', [id]);
    return row;
  }

  async create(user: NewUser): Promise<{ id: string; state: UserAdminState }> {
    const [created] = (await this.m
      .query(`INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1,$2,$3,$4,$5) RETURNING id, ${USER_STATE}`, [user.email, user.name, user.passwordHash, user.role, user.bodyId])
      .catch(uniqueViolation)) as ({ id: string } & UserAdminState)[];
    const { id, ...state } = created;
    return { id, state };
  }

  async adminState(id: string): Promise<UserAdminState | undefined> {
    if (!isUuid(id)) return undefined;
    const [state]: UserAdminState[] = await this.m.query(`SELECT ${USER_STATE} FROM users WHERE id = $1 FOR UPDATE`, [id]);
    return state;
  }

  async update(id: string, changes: Partial<UserAdminState>, passwordHash?: string): Promise<void> {
    const params = new SqlParams();
    const idP = params.add(id);
    const set = assignments({ ...changes, passwordHash }, { ...USER_COLUMN, passwordHash: 'password_hash' }, params);
    if (!set.length) return;
    await this.m.query(`UPDATE users SET ${set.join(', ')}, updated_at = now() WHERE id = ${idP}`, params.values).catch(uniqueViolation);
  }

  async credentialsByEmail(email: string): Promise<UserCredentials | undefined> {
    const [user]: UserCredentials[] = await this.m.query(`SELECT ${CREDENTIALS} FROM users WHERE lower(email) = lower($1)`, [email]);
    return user;
  }

  async credentialsById(id: string): Promise<UserCredentials | undefined> {
    if (!isUuid(id)) return undefined;
    const [user]: UserCredentials[] = await this.m.query(`SELECT ${CREDENTIALS} FROM users WHERE id = $1`, [id]);
    return user;
  }

  async setPassword(id: string, passwordHash: string): Promise<number> {
    const [updated] = rowsOf<{ tokenVersion: number }>(
      await this.m.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1 RETURNING token_version AS "tokenVersion"', [id, passwordHash]),
    );
    return updated.tokenVersion;
  }

  async notificationPreferences(id: string): Promise<NotificationPreferencesDto | undefined> {
    if (!isUuid(id)) return undefined;
    const [row]: NotificationPreferencesDto[] = await this.m.query(`SELECT ${PREFERENCES} FROM users WHERE id = $1`, [id]);
    return row;
  }

  async setNotificationPreferences(id: string, changes: Partial<NotificationPreferencesDto>): Promise<void> {
    const params = new SqlParams();
    const idP = params.add(id);
    const set = assignments(changes, PREFERENCE_COLUMN, params);
    if (set.length) await this.m.query(`UPDATE users SET ${set.join(', ')}, updated_at = now() WHERE id = ${idP}`, params.values);
  }
}
