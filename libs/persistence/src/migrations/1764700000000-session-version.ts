import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that end (security review, finding 6). Every token carries the user's token_version at
 * sign-in; the guard refuses a token whose version is no longer the user's. A trigger bumps it on
 * a password change, a role or body change and a deactivation, whatever code path makes them;
 * logout bumps it explicitly. One UPDATE ends every earlier token on every api process.
 */
export class SessionVersion1764700000000 implements MigrationInterface {
  name = 'SessionVersion1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0');
    await q.query(`
      CREATE FUNCTION users_end_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
           OR NEW.role IS DISTINCT FROM OLD.role
           OR NEW.body_id IS DISTINCT FROM OLD.body_id
           OR (OLD.active AND NOT NEW.active) THEN
          NEW.token_version := OLD.token_version + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query('CREATE TRIGGER users_end_sessions BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION users_end_sessions()');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS users_end_sessions ON users');
    await q.query('DROP FUNCTION IF EXISTS users_end_sessions()');
    await q.query('ALTER TABLE users DROP COLUMN IF EXISTS token_version');
  }
}
