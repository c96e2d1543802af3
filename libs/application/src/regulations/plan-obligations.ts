import { type TimingHint, scheduleFromHint } from '@luyue/domain';
import type { ExtractionResult, Obligation as ExtractedObligation, Timing } from '@luyue/obligation-extractor';
import type { BodyRepository } from '../bodies/body.repository';
import { bodyResolver } from '../bodies/body-resolution';
import type { JurisdictionBodies } from '../bodies/jurisdiction-bodies';

// Extracted obligations as drafts to insert: title, lead and co bodies resolved in the
// jurisdiction, due date and recurrence from the timing (a fresh import and a new version alike).

export interface PlannedObligation extends ExtractedObligation {
  title: string;
  leadBodyIds: string[];
  coBodyIds: string[];
  unresolvedSubjects: string[];
  dueDate: string | null;
  recurrence: string;
}

const TITLE_CHARS = 40;

export function articleLabel(o: { article: number | null; paragraph: number; item: number | null }): string {
  return o.article !== null ? `第${o.article}条${o.paragraph > 1 ? `第${o.paragraph}款` : ''}${o.item ? `第${o.item}项` : ''}` : '';
}

export function obligationTitle(o: { article: number | null; paragraph: number; item: number | null; text: string }): string {
  const where = o.article !== null ? `${articleLabel(o)} ` : '';
  const text = o.text.replace(/\s+/g, '');
  return `${where}${text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS)}…` : text}`;
}

function hintOf(timing: Timing): TimingHint | null {
  if (timing.kind === 'recurring' && timing.every) return { kind: 'recurring', every: timing.every };
  if (timing.kind === 'deadline') return timing;
  return null;
}

export async function planObligations(
  registry: JurisdictionBodies,
  repo: Pick<BodyRepository, 'inJurisdiction' | 'changeVersion'>,
  jurisdiction: string,
  extraction: ExtractionResult,
  effectiveDate: string | null,
) {
  const bodies = await registry.in(repo, jurisdiction);
  const resolver = bodyResolver(bodies, jurisdiction, extraction.aliases);
  const planned: PlannedObligation[] = extraction.obligations.map((o) => {
    const lead = resolver.resolve(o.subjects);
    const co = resolver.resolve(o.co);
    const schedule = scheduleFromHint(hintOf(o.timing), effectiveDate);
    return {
      ...o,
      title: obligationTitle(o),
      leadBodyIds: lead.bodyIds,
      coBodyIds: co.bodyIds.filter((id) => !lead.bodyIds.includes(id)),
      unresolvedSubjects: [...new Set([...lead.unresolved, ...co.unresolved])],
      // A plan's own deadline (`2026年6月底前`, `完成时限：…`) wins over one derived from timing.
      dueDate: o.due ?? schedule.dueDate,
      recurrence: schedule.recurrence,
    };
  });
  return { bodies, planned, unresolvedSubjects: [...new Set(planned.flatMap((o) => o.unresolvedSubjects))] };
}
