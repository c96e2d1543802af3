import type { EntityManager } from 'typeorm';
import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { type RawListQuery, parseListQuery } from '../shared/list-query';
import { OBLIGATION_LIST_RULES } from '../obligations/obligation-filter';
import { ListObligationsUseCase } from '../obligations/list-obligations.use-case';
import type { ObligationRow } from '../obligations/obligation.types';
import { EXPORT_STATEMENT_TIMEOUT_MS, withStatementTimeout } from '../shared/statement-timeout';
import { isUuid } from '../shared/sql';

// An export is a report, not a page: it may be longer than the 1000-row list limit.
const MAX_EXPORT_ROWS = 50_000;

export interface ExportRows {
  rows: ObligationRow[];
  /** Regulation id → title. */
  regulations: Map<string, string>;
  /** Body id → name. */
  bodies: Map<string, string>;
  /** Obligation id → where it sits: the headings over its provision (章/节, a plan's 一、/（一）), outermost first, and its offset in the provision's text. */
  places: Map<string, ObligationPlace>;
}

export interface ObligationPlace {
  headings: string[];
  /** Several sentences of one 款 are in text order by it. */
  offset: number;
}

/** The provision's unit (root of its tree) carries the heading path: `第二章 …/第一节 …/第十条`. */
async function places(m: EntityManager, rows: ObligationRow[]): Promise<Map<string, ObligationPlace>> {
  const ids = rows.filter((r) => r.provisionId).map((r) => r.id);
  if (!ids.length) return new Map();
  const units: { id: string; path: string; offset: number }[] = await m.query(
    `WITH RECURSIVE up AS (
       SELECT o.id, p.parent_id, p.path, strpos(p.text, o.text) AS "offset" FROM obligations o JOIN provisions p ON p.id = o.provision_id WHERE o.id = ANY($1::uuid[])
       UNION ALL
       SELECT up.id, p.parent_id, p.path, up."offset" FROM up JOIN provisions p ON p.id = up.parent_id
     ) SELECT id, path, "offset" FROM up WHERE parent_id IS NULL`,
    [ids],
  );
  return new Map(units.map((u) => [u.id, { headings: u.path.split('/').slice(0, -1).filter(Boolean), offset: u.offset }]));
}

/** The list's filter (same scope, same validation) read for an export, with the names the file prints. */
export async function readExportRows(ctx: AppContext, actor: Actor, raw: RawListQuery): Promise<ExportRows> {
  const list = new ListObligationsUseCase(ctx);
  const query = { ...parseListQuery({ filter: raw.filter, sort: raw.sort }, OBLIGATION_LIST_RULES), start: 0, end: MAX_EXPORT_ROWS - 1 };
  // The reads may outlast the app's statement_timeout; the file is built after they end.
  return withStatementTimeout(ctx.ds, EXPORT_STATEMENT_TIMEOUT_MS, async (m) => {
    const { rows } = await list.rows(actor, query, m);
    // With no rows, the regulations the filter names still title the file (an empty 分工表 of that document).
    const named = [query.filter['regulationId']].flat().filter(isUuid);
    const regulationIds = rows.length ? [...new Set(rows.map((r) => r.regulationId))] : named;
    const bodyIds = [...new Set(rows.flatMap((r) => [...r.leadBodyIds, ...r.coBodyIds]))];
    const regulations = new Map<string, string>(
      (await m.query('SELECT id, title FROM regulations WHERE id = ANY($1::uuid[])', [regulationIds])).map((r: { id: string; title: string }) => [r.id, r.title]),
    );
    const bodies = new Map<string, string>(
      (await m.query('SELECT id, name FROM bodies WHERE id = ANY($1::uuid[])', [bodyIds])).map((b: { id: string; name: string }) => [b.id, b.name]),
    );
    return { rows, regulations, bodies, places: await places(m, rows) };
  });
}
