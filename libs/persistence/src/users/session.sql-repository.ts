import type { EntityManager } from 'typeorm';
import { type SessionCheck, type SessionRepository, type SessionState, type SessionUserRow } from '@luyue/application';
import { SqlParams } from '../shared/sql';
import { changeVersionSql } from '../shared/change-version';
import { sessionStateColumns } from './session-state';

export class SqlSessionRepository implements SessionRepository {
  constructor(private readonly m: EntityManager) {}

  async findUser(userId: string): Promise<SessionUserRow | undefined> {
    const [user]: SessionUserRow[] = await this.m.query(
      `SELECT id, email, name, role, body_id AS "bodyId", active, token_version AS "tokenVersion", ${changeVersionSql('bodies')} AS "bodiesVersion"
       FROM users WHERE id = $1`,
      [userId],
    );
    return user;
  }

  async state(check: SessionCheck): Promise<SessionState> {
    const params = new SqlParams();
    const [state] = (await this.m.query(`SELECT ${sessionStateColumns(check, params)}`, params.values)) as SessionState[];
    return state;
  }

  async endSessions(userId: string, tokenVersion: number): Promise<void> {
    await this.m.query('UPDATE users SET token_version = token_version + 1 WHERE id = $1 AND token_version = $2', [userId, tokenVersion]);
  }
}
