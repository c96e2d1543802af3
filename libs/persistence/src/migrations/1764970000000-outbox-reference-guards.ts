import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19 (the sweep's SQL): the outbox's references to obligations and users checked where they
 * can break, not on every insert.
 *
 * The foreign keys from notifications to obligations and to users cost a third of the sweep's
 * batch statement (a key-share lock of the referenced row per notification, 50,000 a day at scale).
 * Every writer of notifications (the sweep's batch and digest statements, the event notices) takes
 * those ids from the obligations and users rows it joins in the same statement, so an insert
 * cannot name a missing one; what remains is deleting a referenced row, which the guards below
 * refuse as the foreign keys did (ON DELETE NO ACTION). The product deletes neither.
 */
export class OutboxReferenceGuards1764970000000 implements MigrationInterface {
  name = 'OutboxReferenceGuards1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notifications DROP CONSTRAINT notifications_obligation_id_fkey, DROP CONSTRAINT notifications_recipient_user_id_fkey');
    await q.query(`
      CREATE FUNCTION notifications_keep_references() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (TG_TABLE_NAME = 'obligations' AND EXISTS (SELECT 1 FROM notifications n WHERE n.obligation_id = OLD.id))
           OR (TG_TABLE_NAME = 'users' AND EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_user_id = OLD.id)) THEN
          RAISE EXCEPTION 'update or delete on table "%" violates the reference from table "notifications"', TG_TABLE_NAME
            USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN OLD;
      END $$`);
    await q.query('CREATE TRIGGER obligations_keep_notifications BEFORE DELETE ON obligations FOR EACH ROW EXECUTE FUNCTION notifications_keep_references()');
    await q.query('CREATE TRIGGER users_keep_notifications BEFORE DELETE ON users FOR EACH ROW EXECUTE FUNCTION notifications_keep_references()');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER users_keep_notifications ON users');
    await q.query('DROP TRIGGER obligations_keep_notifications ON obligations');
    await q.query('DROP FUNCTION notifications_keep_references()');
    await q.query(`
      ALTER TABLE notifications
        ADD CONSTRAINT notifications_obligation_id_fkey FOREIGN KEY (obligation_id) REFERENCES obligations(id),
        ADD CONSTRAINT notifications_recipient_user_id_fkey FOREIGN KEY (recipient_user_id) REFERENCES users(id)`);
  }
}
