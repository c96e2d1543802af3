import ExcelJS from 'exceljs';
import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { type RawListQuery, parseListQuery } from '../shared/list-query';
import { OBLIGATION_LIST_RULES } from '../obligations/obligation-filter';
import { ListObligationsUseCase } from '../obligations/list-obligations.use-case';
import { EXPORT_STATEMENT_TIMEOUT_MS, withStatementTimeout } from '../shared/statement-timeout';
import { LEDGER_COLUMNS, STATUS_LABELS, clauseLabel } from './ledger-columns';

export type LedgerFormat = 'xlsx' | 'csv';

// An export is a report, not a page: it may be longer than the 1000-row list limit.
const MAX_EXPORT_ROWS = 50_000;

// A spreadsheet reads a cell starting with = + - @ as a formula: quote it as text.
const csvCell = (value: string | number): string => {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** GET /obligations/export: the list's filter and sort as a 台账 (XLSX or CSV). */
export class ExportLedgerUseCase {
  private readonly list: ListObligationsUseCase;
  constructor(private readonly ctx: AppContext) {
    this.list = new ListObligationsUseCase(ctx);
  }

  async execute(actor: Actor, raw: RawListQuery, format: LedgerFormat): Promise<{ body: Buffer; contentType: string; fileName: string }> {
    const query = { ...parseListQuery({ filter: raw.filter, sort: raw.sort }, OBLIGATION_LIST_RULES), start: 0, end: MAX_EXPORT_ROWS - 1 };
    // The reads may outlast the app's statement_timeout; the workbook is built after they end.
    const { rows, regulations, bodies } = await withStatementTimeout(this.ctx.ds, EXPORT_STATEMENT_TIMEOUT_MS, async (m) => {
      const { rows } = await this.list.rows(actor, query, m);
      const regulationIds = [...new Set(rows.map((r) => r.regulationId))];
      const bodyIds = [...new Set(rows.flatMap((r) => [...r.leadBodyIds, ...r.coBodyIds]))];
      const regulations = new Map<string, string>(
        (await m.query('SELECT id, title FROM regulations WHERE id = ANY($1::uuid[])', [regulationIds])).map((r: { id: string; title: string }) => [r.id, r.title]),
      );
      const bodies = new Map<string, string>(
        (await m.query('SELECT id, name FROM bodies WHERE id = ANY($1::uuid[])', [bodyIds])).map((b: { id: string; name: string }) => [b.id, b.name]),
      );
      return { rows, regulations, bodies };
    });
    const names = (ids: string[]) => ids.map((id) => bodies.get(id) ?? id).join('、');
    const lines = rows.map((r, i) => [
      i + 1,
      regulations.get(r.regulationId) ?? '',
      clauseLabel(r),
      r.text,
      names(r.leadBodyIds),
      names(r.coBodyIds),
      r.dueDate ?? '',
      STATUS_LABELS[r.status],
      r.latestProgress ?? '',
    ]);
    const stamp = this.ctx.today();
    if (format === 'csv') {
      // BOM so Excel opens the UTF-8 text as Chinese.
      const text = '\ufeff' + [LEDGER_COLUMNS as readonly (string | number)[], ...lines].map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
      return { body: Buffer.from(text, 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `台账-${stamp}.csv` };
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.columns = LEDGER_COLUMNS.map((header) => ({ header, key: header, width: header === '义务内容' ? 80 : header === '最新进展' ? 40 : 18 }));
    sheet.getRow(1).font = { bold: true };
    for (const line of lines) sheet.addRow(line);
    sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    return { body, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `台账-${stamp}.xlsx` };
  }
}
