// What a plan adds to the obligations of one task (guide, "Task-division plans"): one obligation
// per dated target, subjects and co from the responsibility annotation, and a due date.
import type { Obligation } from '../types';
import { findTiming } from '../sentence/timing';
import { isMechanism } from '../sentence/mechanism';
import { dueOf, type DueSources } from '../due/due';
import type { Responsibility } from './annotation';
import { splitDatedTargets } from './targets';
import { leadingModality, mergeSentencePieces } from './merge';

export interface TaskContext extends DueSources {
  /** The annotation governing the task, read; null when it has none. */
  responsibility: Responsibility | null;
  /** Plans only: one obligation per sentence or dated target, labelled by its leading verb. */
  splitTargets: boolean;
}

function splitTargets(o: Obligation, year: number | null): Obligation[] {
  const pieces = splitDatedTargets(o.text, year);
  if (pieces.length === 1) return [o];
  return pieces.map((text) => ({ ...o, text, timing: findTiming(text), mechanism: isMechanism(text) }));
}

export function finishObligations(found: Obligation[], ctx: TaskContext): Obligation[] {
  const r = ctx.responsibility;
  // The annotation decides who carries every sentence of its task, over names in the sentences.
  const named = r && (r.lead.length > 0 || r.co.length > 0);
  const sentences = ctx.splitTargets ? mergeSentencePieces(found, ctx.year).map(leadingModality) : found;
  return sentences
    .flatMap((o) => (ctx.splitTargets ? splitTargets(o, ctx.year) : [o]))
    .map((o) => ({
      ...o,
      subjects: named ? [...r.lead] : o.subjects,
      co: named ? [...r.co] : o.co,
      due: dueOf(o.text, o.timing, { ...ctx, annotation: r?.dueText ?? ctx.annotation }),
    }));
}
