import { LEGACY_STATUS_LABELS_ZH, STATUS_LABELS_ZH, type ObligationStatus } from '@luyue/contracts';

/** The 台账 columns, in order (export writes them; import requires them but the optional ones). */
export const LEDGER_COLUMNS = ['序号', '文件', '简称', '条款', '义务内容', '牵头单位', '配合单位', '完成时限', '状态', '最新进展'] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];
/** Columns an imported 台账 may lack: the row number, and the 简称 (the regulation is found by its full title). */
export const OPTIONAL_LEDGER_COLUMNS: readonly LedgerColumn[] = ['序号', '简称'];

export const STATUS_LABELS = STATUS_LABELS_ZH;

export function statusFromLabel(label: string): ObligationStatus | undefined {
  const wanted = label.trim();
  const current = (Object.entries(STATUS_LABELS) as [ObligationStatus, string][]).find(([status, text]) => text === wanted || status === wanted)?.[0];
  return current ?? (Object.prototype.hasOwnProperty.call(LEGACY_STATUS_LABELS_ZH, wanted) ? LEGACY_STATUS_LABELS_ZH[wanted] : undefined);
}

/** 第N条第M款第K项, from the obligation's position. */
export function clauseLabel(o: { article: number | null; paragraph: number | null; item: number | null }): string {
  if (o.article === null) return '';
  return `第${o.article}条${o.paragraph && o.paragraph > 1 ? `第${o.paragraph}款` : ''}${o.item ? `第${o.item}项` : ''}`;
}

export function parseClauseLabel(label: string): { article: number | null; paragraph: number | null; item: number | null } | undefined {
  const text = label.trim();
  if (!text) return { article: null, paragraph: null, item: null };
  const match = /^第(\d+)条(?:第(\d+)款)?(?:第(\d+)项)?$/.exec(text);
  if (!match) return undefined;
  return { article: Number(match[1]), paragraph: match[2] ? Number(match[2]) : 1, item: match[3] ? Number(match[3]) : null };
}

/** Body names in one cell: 、，,；; separated. */
export const splitNames = (cell: string): string[] =>
  cell
    .split(/[、，,；;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
