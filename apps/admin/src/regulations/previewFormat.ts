import { formatDay } from '../common/dates';
import type { UnitKind } from '@luyue/contracts';
import type { Option } from '../common/OptionSelect';

/** A party cell entry: a resolved body's name, or a raw name the resolver did not map. */
export interface PartyEntry {
  name: string;
  resolved: boolean;
}

/** Resolved names of `ids` (the id itself if unknown), then the `names` left unresolved. */
export function partyEntries(
  ids: string[] | undefined,
  names: string[] | undefined,
  unresolved: string[] | undefined,
  bodies: Option[],
): PartyEntry[] {
  const resolved = (ids ?? []).map((id) => ({
    name: bodies.find((b) => b.id === id)?.name ?? id,
    resolved: true,
  }));
  const open = [
    ...new Set((names ?? []).filter((n) => unresolved?.includes(n))),
  ].map((name) => ({ name, resolved: false }));
  return [...resolved, ...open];
}

/** Due day as YYYY-MM-DD, or '—' when there is none. */
export const dueLabel = (due: string | null | undefined): string =>
  formatDay(due) || '—';

/** Translation key and args for a unit's label: 第N条(之M), 任务N, or null for paragraphs. */
export function unitLabel(
  kind: UnitKind | null | undefined,
  number: number | null | undefined,
  suffix?: number | null,
): { key: string; args: Record<string, unknown> } | null {
  if (kind === 'paragraph' || number == null) return null;
  if (kind === 'task') return { key: 'luyue.division.task', args: { number } };
  return suffix
    ? { key: 'luyue.division.article_suffix', args: { number, suffix } }
    : { key: 'luyue.division.article', args: { number } };
}
