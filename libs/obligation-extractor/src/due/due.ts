// `due` of one obligation (guide, "Deadlines"): the obligation's own sentence, else the task
// annotation's time limit, else a dated section heading; a recurring or standing duty has none.
// A regulation duty due N months after entry into force takes effectiveDate + N months.
import type { Timing } from '../types';
import { deadlineOf, isOpenEnded } from './deadline';
import { addMonths } from './period';

const DATED_HEADING_MAX = 24;

export interface DueSources {
  /** Year of the plan, for year-less periods. */
  year: number | null;
  /** The task annotation's time limit as written (`2027年底前`), if any. */
  annotation?: string | null;
  /** Headings in force over the obligation, outermost first. */
  headings?: readonly string[];
  effectiveDate?: string | null;
}

export function dueOf(text: string, timing: Timing, sources: DueSources): string | null {
  if (timing.kind === 'deadline') return sources.effectiveDate ? addMonths(sources.effectiveDate, timing.months) : null;
  const own = deadlineOf(text, sources.year);
  if (own) return own;
  if (isOpenEnded(text)) return null;
  if (sources.annotation) return isOpenEnded(sources.annotation) ? null : deadlineOf(sources.annotation, sources.year);
  for (const heading of [...(sources.headings ?? [])].reverse()) {
    // Only a short timetable heading (`（一）2026年4月底前`) dates the tasks under it, not a long title.
    if (heading.replace(/\s/g, '').length > DATED_HEADING_MAX) continue;
    const dated = deadlineOf(heading, sources.year);
    if (dated) return dated;
  }
  return null;
}
