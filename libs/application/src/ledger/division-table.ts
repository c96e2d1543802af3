import type { Recurrence } from '@luyue/contracts';
import type { ObligationRow } from '../obligations/obligation.types';
import type { ObligationPlace } from './ledger-export.reads';

/** The columns of a 重点任务分工表, in order. */
export const DIVISION_COLUMNS = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'] as const;

export interface DivisionTask {
  no: number;
  task: string;
  lead: string;
  co: string;
  due: string;
}

/** A heading row (章/节, a plan's 一、/（一）) opens a group; depth 0 is the outermost. */
export type DivisionLine = { kind: 'heading'; depth: number; text: string } | ({ kind: 'task' } & DivisionTask);

export interface DivisionSection {
  regulationId: string;
  /** 《…》重点任务分工 */
  title: string;
  lines: DivisionLine[];
}

export interface DivisionNames {
  regulations: Map<string, string>;
  bodies: Map<string, string>;
  places: Map<string, ObligationPlace>;
}

const RECURRENCE_LABELS: Record<Recurrence, string> = { none: '', monthly: '每月', quarterly: '每季度', yearly: '每年' };

/** 关于印发《X》的通知 → X; 《X》 → X; any other title as it is. */
export function documentName(title: string): string {
  const quoted = /《([^《》]+)》/.exec(title);
  return (quoted ? quoted[1] : title).trim();
}

/** 2026-03-05 → 2026年3月5日 (the 完成时限 as agencies write it); else the recurrence. */
function dueLabel(r: Pick<ObligationRow, 'dueDate' | 'recurrence'>): string {
  if (r.dueDate) {
    const [y, m, d] = r.dueDate.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }
  return RECURRENCE_LABELS[r.recurrence] ?? '';
}

// Document order: article (task), then 款, 项, 目, then the sentence's place in its provision; rows outside numbered units last.
const documentOrder = (places: DivisionNames['places']) => {
  const position = (r: ObligationRow) => [r.article ?? Number.MAX_SAFE_INTEGER, r.paragraph ?? 0, r.item ?? 0, r.subitem ?? 0, places.get(r.id)?.offset ?? 0];
  return (a: ObligationRow, b: ObligationRow): number => {
    const pa = position(a);
    const pb = position(b);
    for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
    return 0;
  };
};

/**
 * The exported obligations as one 分工表 per regulation or plan (in the order the list gave them),
 * each in document order, numbered from 1, with a heading row wherever the chapter or section changes.
 */
export function divisionTable(rows: readonly ObligationRow[], names: DivisionNames): DivisionSection[] {
  // Nothing to list: one empty table per regulation asked for (the file still says which document).
  if (!rows.length) return [...names.regulations].map(([regulationId, title]) => ({ regulationId, title: `《${documentName(title)}》重点任务分工`, lines: [] }));
  const byRegulation = new Map<string, ObligationRow[]>();
  for (const r of rows) {
    const list = byRegulation.get(r.regulationId);
    if (list) list.push(r);
    else byRegulation.set(r.regulationId, [r]);
  }
  const bodyNames = (ids: string[]) => ids.map((id) => names.bodies.get(id) ?? id).join('、');
  return [...byRegulation].map(([regulationId, items]) => {
    const lines: DivisionLine[] = [];
    let open: string[] = [];
    [...items].sort(documentOrder(names.places)).forEach((r, i) => {
      const path = names.places.get(r.id)?.headings ?? [];
      const same = open.findIndex((h, depth) => path[depth] !== h);
      const kept = same === -1 ? Math.min(open.length, path.length) : same;
      path.slice(kept).forEach((text, k) => lines.push({ kind: 'heading', depth: kept + k, text }));
      open = path;
      lines.push({ kind: 'task', no: i + 1, task: r.text, lead: bodyNames(r.leadBodyIds), co: bodyNames(r.coBodyIds), due: dueLabel(r) });
    });
    return { regulationId, title: `《${documentName(names.regulations.get(regulationId) ?? '')}》重点任务分工`, lines };
  });
}
