import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { ErrorCode, type ObligationStatus } from '@luyue/contracts';
import { type Actor, DomainError, ForbiddenActionError, ValidationError, canImport, isIsoDate } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { bodyResolver, type BodyRef } from '../bodies/body-resolution';
import { searchTokens } from '../search/search-tokens';
import type { NewEvent } from '../obligations/obligation.repository';
import { LEDGER_COLUMNS, type LedgerColumn, OPTIONAL_LEDGER_COLUMNS, parseClauseLabel, splitNames, statusFromLabel } from './ledger-columns';

export interface LedgerRowError {
  row: number;
  field: string;
  message: string;
}

interface ValidRow {
  regulationId: string;
  article: number | null;
  paragraph: number | null;
  item: number | null;
  text: string;
  leadBodyIds: string[];
  coBodyIds: string[];
  dueDate: string | null;
  status: ObligationStatus;
  progress: string | null;
}

const IMPORTABLE: ObligationStatus[] = ['pending', 'acknowledged', 'in_progress', 'submitted', 'done', 'waived'];

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value).trim();
}

/** 2026-03-01, 2026/3/1 or 2026年3月1日 → YYYY-MM-DD. */
function parseDate(text: string): string | undefined {
  const match = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(text.trim());
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * POST /obligations/import-ledger (admin): an existing 台账 XLSX with the export's columns becomes
 * manual obligations. Every row is checked first; any error → 400 listing `{row, field, message}`, nothing created.
 */
export class ImportLedgerUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, bytes: Buffer): Promise<{ created: number; ids: string[] }> {
    if (!canImport(actor)) throw new ForbiddenActionError('import a ledger');
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      throw new DomainError(ErrorCode.UnsupportedType, 'The ledger must be an .xlsx workbook');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new ValidationError('The workbook has no sheet');
    const header = new Map<LedgerColumn, number>();
    sheet.getRow(1).eachCell((cell, col) => {
      const name = cellText(cell.value) as LedgerColumn;
      if ((LEDGER_COLUMNS as readonly string[]).includes(name)) header.set(name, col);
    });
    const missing = LEDGER_COLUMNS.filter((c) => !OPTIONAL_LEDGER_COLUMNS.includes(c) && !header.has(c));
    if (missing.length) throw new ValidationError(`Missing 台账 columns: ${missing.join(', ')}`, { errors: missing.map((field) => ({ row: 1, field, message: 'column missing' })) });

    const repos = this.ctx.data.repositories;
    const regulations = await repos.regulations.forLedger();
    const bodies: BodyRef[] = await repos.bodies.all();
    const errors: LedgerRowError[] = [];
    const valid: ValidRow[] = [];

    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const get = (c: LedgerColumn) => (header.has(c) ? cellText(row.getCell(header.get(c) as number).value) : '');
      if (LEDGER_COLUMNS.every((c) => !get(c))) continue; // blank line
      const fail = (field: string, message: string) => errors.push({ row: r, field, message });
      const regulation = regulations.find((x) => x.title === get('文件'));
      if (!regulation) fail('文件', get('文件') ? `unknown regulation: ${get('文件')}` : 'required');
      const clause = parseClauseLabel(get('条款'));
      if (!clause) fail('条款', `expected 第N条[第M款][第K项], got ${get('条款')}`);
      const text = get('义务内容');
      if (!text) fail('义务内容', 'required');
      const resolver = regulation ? bodyResolver(bodies, regulation.jurisdiction, regulation.aliases) : undefined;
      const lead = resolver?.resolve(splitNames(get('牵头单位')));
      const co = resolver?.resolve(splitNames(get('配合单位')));
      if (resolver && lead && !lead.bodyIds.length && !lead.unresolved.length) fail('牵头单位', 'required');
      if (lead?.unresolved.length) fail('牵头单位', `unknown body: ${lead.unresolved.join('、')}`);
      if (co?.unresolved.length) fail('配合单位', `unknown body: ${co.unresolved.join('、')}`);
      const dueText = get('完成时限');
      const dueDate = dueText ? parseDate(dueText) : null;
      if (dueDate === undefined) fail('完成时限', `not a date: ${dueText}`);
      const statusText = get('状态');
      const status = statusText ? statusFromLabel(statusText) : 'pending';
      if (!status || !IMPORTABLE.includes(status)) fail('状态', `unknown or not importable status: ${statusText}`);
      if (regulation && clause && text && lead && co && dueDate !== undefined && status && IMPORTABLE.includes(status) && !lead.unresolved.length && lead.bodyIds.length && !co.unresolved.length) {
        valid.push({
          regulationId: regulation.id,
          ...clause,
          text,
          leadBodyIds: lead.bodyIds,
          coBodyIds: co.bodyIds.filter((id) => !lead.bodyIds.includes(id)),
          dueDate,
          status,
          progress: get('最新进展') || null,
        });
      }
    }
    if (errors.length) throw new ValidationError(`The ledger has ${errors.length} invalid cell(s); nothing was imported`, { errors });
    if (!valid.length) throw new ValidationError('The ledger has no rows', { errors: [] });

    return this.ctx.data.transaction(async ({ obligations }) => {
      const ids = await obligations.insert(
        valid.map((v) => {
          const text = v.text.replace(/\s+/g, '');
          return {
            id: randomUUID(),
            regulationId: v.regulationId,
            article: v.article,
            paragraph: v.paragraph,
            item: v.item,
            text: v.text,
            title: text.length > 40 ? `${text.slice(0, 40)}…` : text,
            modality: 'must' as const,
            leadBodyIds: v.leadBodyIds,
            coBodyIds: v.coBodyIds,
            status: v.status,
            dueDate: v.dueDate,
            origin: 'manual' as const,
            latestProgress: v.progress,
            latestProgressAt: v.progress === null ? null : new Date(),
            latestProgressBy: v.progress === null ? null : actor.userId,
            searchTokens: searchTokens(v.text),
          };
        }),
      );
      const events: NewEvent[] = [];
      valid.forEach((v, i) => {
        events.push({ obligationId: ids[i], type: 'created', toStatus: v.status, actorId: actor.userId, data: { source: 'ledger' } });
        if (v.progress) events.push({ obligationId: ids[i], type: 'progress_reported', actorId: actor.userId, note: v.progress, data: { source: 'ledger' } });
      });
      await obligations.addEvents(events);
      return { created: ids.length, ids };
    });
  }
}
