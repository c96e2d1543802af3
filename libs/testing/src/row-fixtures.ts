import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ObligationStatus, Role } from '@luyue/contracts';

/** Minimal rows for reminder tests, inserted with SQL. */
export class Fixtures {
  private regulationId?: string;

  constructor(private readonly ds: DataSource) {}

  async regulation(title = '测试条例'): Promise<string> {
    const [row] = await this.ds.query(
      `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text)
       VALUES ($1, '测试州', 'local_regulation', 'test.txt', 'txt', $2, '', '') RETURNING id`,
      [title, randomUUID()],
    );
    this.regulationId = row.id;
    return row.id;
  }

  async body(name: string, parentId: string | null = null): Promise<string> {
    const [row] = await this.ds.query(`INSERT INTO bodies (name, jurisdiction, level, kind, parent_id) VALUES ($1, '测试州', '州市', 'department', $2) RETURNING id`, [name, parentId]);
    return row.id;
  }

  async user(u: { email: string; role: Role; bodyId: string | null; active?: boolean; notifyDueSoon?: boolean; digestOnly?: boolean; name?: string }): Promise<string> {
    const [row] = await this.ds.query(
      `INSERT INTO users (email, name, password_hash, role, body_id, active, notify_due_soon, digest_only)
       VALUES ($1, $2, 'x', $3, $4, $5, $6, $7) RETURNING id`,
      [u.email, u.name ?? u.email.split('@')[0], u.role, u.bodyId, u.active ?? true, u.notifyDueSoon ?? true, u.digestOnly ?? false],
    );
    return row.id;
  }

  /** `count` active staff of a body, emails `${prefix}-NNN@example.test`. */
  async staff(bodyId: string, prefix: string, count: number): Promise<void> {
    await this.ds.query(
      `INSERT INTO users (email, name, password_hash, role, body_id)
       SELECT $1 || '-' || lpad(i::text, 3, '0') || '@example.test', '员工' || i, 'x', 'staff', $2 FROM generate_series(1, $3) AS i`,
      [prefix, bodyId, count],
    );
  }

  async obligation(o: {
    title: string;
    status: ObligationStatus;
    dueDate: string | null;
    lead: string[];
    co?: string[];
    assigneeId?: string | null;
    text?: string;
    article?: number;
  }): Promise<string> {
    const regulationId = this.regulationId ?? (await this.regulation());
    const [row] = await this.ds.query(
      `INSERT INTO obligations (regulation_id, article, text, title, modality, status, due_date, lead_body_ids, co_body_ids, assignee_id)
       VALUES ($1, $2, $3, $4, 'must', $5, $6, $7::uuid[], $8::uuid[], $9) RETURNING id`,
      [regulationId, o.article ?? 12, o.text ?? `${o.title}的条文内容。`, o.title, o.status, o.dueDate, o.lead, o.co ?? [], o.assigneeId ?? null],
    );
    return row.id;
  }
}
