import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { type RawListQuery, parseListQuery } from '../shared/list-query';
import { ListObligationsUseCase } from '../obligations/list-obligations.use-case';
import type { ObligationRow } from '../obligations/obligation.types';
import { EXPORT_STATEMENT_TIMEOUT_MS } from '../shared/statement-timeouts';
import { isUuid } from '../shared/ids';
import type { ObligationPlace } from './ledger-export.reads';

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

/** The list's filter (same scope, same validation) read for an export, with the names the file prints. */
export async function readExportRows(ctx: AppContext, actor: Actor, raw: RawListQuery): Promise<ExportRows> {
  const list = new ListObligationsUseCase(ctx);
  const query = { ...parseListQuery({ filter: raw.filter, sort: raw.sort }, ctx.data.repositories.obligations.listRules), start: 0, end: MAX_EXPORT_ROWS - 1 };
  // The reads may outlast the app's statement_timeout; the file is built after they end.
  return ctx.data.transaction(
    async (repos) => {
      const { rows } = await list.rows(actor, query, repos);
      // With no rows, the regulations the filter names still title the file (an empty 分工表 of that document).
      const named = [query.filter['regulationId']].flat().filter(isUuid);
      const regulationIds = rows.length ? [...new Set(rows.map((r) => r.regulationId))] : named;
      const bodyIds = [...new Set(rows.flatMap((r) => [...r.leadBodyIds, ...r.coBodyIds]))];
      const reads = repos.ledgerExport;
      const places = await reads.places(rows.filter((r) => r.provisionId).map((r) => r.id));
      return { rows, regulations: await reads.regulationTitles(regulationIds), bodies: await reads.bodyNames(bodyIds), places };
    },
    { statementTimeoutMs: EXPORT_STATEMENT_TIMEOUT_MS },
  );
}
