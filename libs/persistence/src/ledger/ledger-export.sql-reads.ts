import type { EntityManager } from 'typeorm';
import type { LedgerExportReads, ObligationPlace } from '@luyue/application';

export class SqlLedgerExportReads implements LedgerExportReads {
  constructor(private readonly m: EntityManager) {}

  async regulationTitles(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; title: string }[] = await this.m.query('SELECT id, title FROM regulations WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  async bodyNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.m.query('SELECT id, name FROM bodies WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((b) => [b.id, b.name]));
  }

  /** The provision's unit (root of its tree) carries the heading path: `第二章 …/第一节 …/第十条`. */
  async places(ids: readonly string[]): Promise<Map<string, ObligationPlace>> {
    if (!ids.length) return new Map();
    const units: { id: string; path: string; offset: number }[] = await this.m.query(
      `WITH RECURSIVE up AS (
         SELECT o.id, p.parent_id, p.path, strpos(p.text, o.text) AS "offset" FROM obligations o JOIN provisions p ON p.id = o.provision_id WHERE o.id = ANY($1::uuid[])
         UNION ALL
         SELECT up.id, p.parent_id, p.path, up."offset" FROM up JOIN provisions p ON p.id = up.parent_id
       ) SELECT id, path, "offset" FROM up WHERE parent_id IS NULL`,
      [ids],
    );
    return new Map(units.map((u) => [u.id, { headings: u.path.split('/').slice(0, -1).filter(Boolean), offset: u.offset }]));
  }
}
