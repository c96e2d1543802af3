// One obligation per dated target: `到2025年，…；到2030年，…` gives two (guide, "Deadlines").
import { splitTopLevel } from '../text/segment';
import { findDeadlines } from '../due/deadline';

/** Pieces of `text` split at each top-level `；` that opens a new dated target; `[text]` when it states fewer than two. */
export function splitDatedTargets(text: string, year: number | null): string[] {
  const parts = splitTopLevel(text, '；;').map((s) => s.text);
  if (parts.length < 2) return [text];
  const dated = parts.map((p) => findDeadlines(p, year).length > 0);
  if (dated.filter(Boolean).length < 2) return [text];
  const out: string[] = [];
  parts.forEach((part, i) => {
    // An undated piece stays with the target before it (`到2025年，A；B；到2030年，C`).
    if (i > 0 && dated[i]) out.push(part);
    else if (out.length) out[out.length - 1] += part;
    else out.push(part);
  });
  return out;
}
