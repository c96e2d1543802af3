import ExcelJS from 'exceljs';
import type { Actor } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { RawListQuery } from '../shared/list-query';
import { LEDGER_COLUMNS, STATUS_LABELS, clauseLabel } from './ledger-columns';
import { readExportRows } from './export-rows';
import { divisionTable } from './division-table';
import { divisionTableDocx } from './division-table-docx';

export type LedgerFormat = 'xlsx' | 'csv' | 'docx';

// A spreadsheet reads a cell starting with = + - @ as a formula: quote it as text.
const csvCell = (value: string | number): string => {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** GET /obligations/export: the list's filter as a 台账 (XLSX or CSV) or a 重点任务分工表 (DOCX). */
export class ExportLedgerUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, raw: RawListQuery, format: LedgerFormat): Promise<{ body: Buffer; contentType: string; fileName: string }> {
    const { rows, regulations, bodies, places } = await readExportRows(this.ctx, actor, raw);
    const stamp = this.ctx.today();
    if (format === 'docx') {
      const table = divisionTable(rows, { regulations, bodies, places });
      const body = await divisionTableDocx(table);
      const name = table.length === 1 ? table[0].title : '重点任务分工';
      return { body, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileName: `${name}-${stamp}.docx` };
    }
    const names = (ids: string[]) => ids.map((id) => bodies.get(id) ?? id).join('、');
    const lines = rows.map((r, i) => [
      i + 1,
      regulations.get(r.regulationId) ?? '',
      r.regulationShortTitle ?? '',
      clauseLabel(r),
      r.text,
      names(r.leadBodyIds),
      names(r.coBodyIds),
      r.dueDate ?? '',
      STATUS_LABELS[r.status],
      r.latestProgress ?? '',
    ]);
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
    sheet.getColumn(LEDGER_COLUMNS.indexOf('义务内容') + 1).alignment = { wrapText: true, vertical: 'top' };
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    return { body, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `台账-${stamp}.xlsx` };
  }
}
