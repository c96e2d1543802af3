import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tracking core: regulations and their provision tree, responsible bodies, users,
 * obligations with their append-only event trail, extension requests, evidence and the
 * reminder outbox (notifications).
 */
export class TrackingSchema1764100000000 implements MigrationInterface {
  name = 'TrackingSchema1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bodies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        jurisdiction text NOT NULL,
        level text NOT NULL,
        kind text NOT NULL,
        parent_id uuid REFERENCES bodies(id),
        contact_email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bodies_jurisdiction_name_unique UNIQUE (jurisdiction, name)
      )`);
    await q.query('CREATE INDEX bodies_parent_idx ON bodies (parent_id)');
    await q.query('CREATE INDEX bodies_aliases_idx ON bodies USING gin (aliases)');

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'manager', 'staff')),
        body_id uuid REFERENCES bodies(id),
        active boolean NOT NULL DEFAULT true,
        notify_due_soon boolean NOT NULL DEFAULT true,
        digest_only boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX users_email_unique ON users (lower(email))');
    await q.query('CREATE INDEX users_body_idx ON users (body_id, role) WHERE active');

    await q.query(`
      CREATE TABLE regulations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        document_number text,
        issuer text,
        jurisdiction text NOT NULL,
        kind text NOT NULL,
        unit text NOT NULL DEFAULT 'article',
        adopted_on date,
        published_on date,
        effective_date date,
        status text NOT NULL DEFAULT '有效',
        source_file_name text NOT NULL,
        source_format text NOT NULL,
        source_sha256 text NOT NULL,
        raw_text text NOT NULL,
        text text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        default_lead_body_id uuid REFERENCES bodies(id),
        aliases jsonb NOT NULL DEFAULT '[]',
        warnings jsonb NOT NULL DEFAULT '[]',
        unit_count integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX regulations_sha256_unique ON regulations (source_sha256)');
    await q.query('CREATE INDEX regulations_created_idx ON regulations (created_at DESC, id)');

    await q.query(`
      CREATE TABLE provisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regulation_id uuid NOT NULL REFERENCES regulations(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES provisions(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('heading', 'unit', 'paragraph', 'item', 'subitem')),
        path text NOT NULL,
        heading text,
        article integer,
        suffix integer,
        paragraph integer,
        item integer,
        subitem integer,
        text text NOT NULL,
        start_offset integer,
        end_offset integer,
        ordinal integer NOT NULL
      )`);
    await q.query('CREATE INDEX provisions_regulation_idx ON provisions (regulation_id, ordinal)');

    await q.query(`
      CREATE TABLE obligations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regulation_id uuid NOT NULL REFERENCES regulations(id),
        provision_id uuid REFERENCES provisions(id),
        article integer,
        paragraph integer,
        item integer,
        subitem integer,
        text text NOT NULL,
        title text NOT NULL,
        modality text NOT NULL,
        mechanism boolean NOT NULL DEFAULT false,
        subjects text[] NOT NULL DEFAULT '{}',
        co_subjects text[] NOT NULL DEFAULT '{}',
        unresolved_subjects text[] NOT NULL DEFAULT '{}',
        lead_body_ids uuid[] NOT NULL DEFAULT '{}',
        co_body_ids uuid[] NOT NULL DEFAULT '{}',
        assignee_id uuid REFERENCES users(id),
        status text NOT NULL CHECK (status IN ('draft','pending','acknowledged','in_progress','submitted','done','waived','discarded')),
        due_date date,
        recurrence text NOT NULL DEFAULT 'none',
        priority text NOT NULL DEFAULT 'normal',
        confidence real,
        timing jsonb,
        origin text NOT NULL DEFAULT 'extracted',
        previous_id uuid REFERENCES obligations(id),
        latest_progress text,
        latest_progress_at timestamptz,
        search_tokens text NOT NULL DEFAULT '',
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_tokens)) STORED,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX obligations_regulation_idx ON obligations (regulation_id, article, id)');
    await q.query('CREATE INDEX obligations_status_due_idx ON obligations (status, due_date, id)');
    await q.query('CREATE INDEX obligations_due_idx ON obligations (due_date, id)');
    await q.query('CREATE INDEX obligations_created_idx ON obligations (created_at, id)');
    await q.query('CREATE INDEX obligations_lead_idx ON obligations USING gin (lead_body_ids)');
    await q.query('CREATE INDEX obligations_co_idx ON obligations USING gin (co_body_ids)');
    await q.query('CREATE INDEX obligations_assignee_idx ON obligations (assignee_id) WHERE assignee_id IS NOT NULL');
    await q.query('CREATE INDEX obligations_search_idx ON obligations USING gin (search)');
    await q.query('CREATE INDEX obligations_text_trgm_idx ON obligations USING gin (text gin_trgm_ops)');

    await q.query(`
      CREATE TABLE obligation_events (
        id bigserial PRIMARY KEY,
        obligation_id uuid NOT NULL REFERENCES obligations(id),
        type text NOT NULL,
        from_status text,
        to_status text,
        actor_id uuid REFERENCES users(id),
        note text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX obligation_events_obligation_idx ON obligation_events (obligation_id, id)');
    // The audit trail is append-only: UPDATE and DELETE are refused (TRUNCATE stays possible for test resets).
    await q.query(`
      CREATE FUNCTION obligation_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'obligation_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER obligation_events_no_change BEFORE UPDATE OR DELETE ON obligation_events
      FOR EACH ROW EXECUTE FUNCTION obligation_events_append_only()`);

    await q.query(`
      CREATE TABLE extension_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        obligation_id uuid NOT NULL REFERENCES obligations(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        reason text NOT NULL,
        current_due_date date,
        proposed_due_date date NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','refused')),
        decided_by uuid REFERENCES users(id),
        decision_note text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX extension_requests_obligation_idx ON extension_requests (obligation_id, created_at)');

    await q.query(`
      CREATE TABLE evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        obligation_id uuid NOT NULL REFERENCES obligations(id),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        storage_path text NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX evidence_obligation_idx ON evidence (obligation_id, created_at)');

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('due_soon','overdue','escalation','digest')),
        day date NOT NULL,
        obligation_id uuid REFERENCES obligations(id),
        recipient_user_id uuid NOT NULL REFERENCES users(id),
        recipient_email text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed')),
        attempts integer NOT NULL DEFAULT 0,
        error text,
        message_id text NOT NULL,
        sweep_id text,
        payload jsonb NOT NULL DEFAULT '{}',
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_key_unique UNIQUE (key)
      )`);
    await q.query('CREATE INDEX notifications_status_idx ON notifications (status, created_at)');
    await q.query('CREATE INDEX notifications_sweep_idx ON notifications (sweep_id) WHERE sweep_id IS NOT NULL');
    await q.query('CREATE INDEX notifications_created_idx ON notifications (created_at DESC, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'evidence', 'extension_requests', 'obligation_events', 'obligations', 'provisions', 'regulations', 'users', 'bodies']) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query('DROP FUNCTION IF EXISTS obligation_events_append_only()');
  }
}
