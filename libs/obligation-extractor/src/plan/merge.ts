// Plans state one obligation per sentence (guide, "Task-division plans", Units): pieces of one
// sentence are split only where a clause with its own modal verb changes the modality, where `；`
// is followed by a new cue word, or at a new dated target. A named party inside a task sentence
// (`建设单位应…`) does not start a new obligation: the task's annotation carries it.
import type { Obligation } from '../types';
import { findTiming } from '../sentence/timing';
import { isMechanism } from '../sentence/mechanism';
import { findEncouragement, findModal } from '../sentence/modality';
import { maskQuoted } from '../text/segment';
import { findDeadlines } from '../due/deadline';

const SAME_PLACE = (a: Obligation, b: Obligation) => a.article === b.article && a.paragraph === b.paragraph && a.item === b.item && a.subitem === b.subitem;

function hasCue(text: string): boolean {
  const masked = maskQuoted(text);
  return !!findModal(masked) || !!findEncouragement(masked);
}

function continues(a: Obligation, b: Obligation, year: number | null): boolean {
  if (!SAME_PLACE(a, b)) return false;
  // Cut at a comma: the same sentence goes on; only a change of modality splits it.
  if (/[，,]$/.test(a.text)) return a.modality === b.modality;
  // Cut at `；`: a piece with no cue word of its own, and not a second dated target, goes on.
  if (/[；;]$/.test(a.text)) {
    const dated = findDeadlines(a.text, year).length > 0 && findDeadlines(b.text, year).length > 0;
    return !dated && !hasCue(b.text);
  }
  return false;
}

export function mergeSentencePieces(found: Obligation[], year: number | null): Obligation[] {
  const out: Obligation[] = [];
  for (const o of found) {
    const last = out[out.length - 1];
    if (last && continues(last, o, year)) {
      const text = last.text + o.text;
      // Without an annotation, every body the sentence binds is a subject (`A负责…，B负责…`).
      const subjects = [...new Set([...last.subjects, ...o.subjects])];
      const co = [...new Set([...last.co, ...o.co])].filter((b) => !subjects.includes(b));
      out[out.length - 1] = { ...last, text, timing: findTiming(text), mechanism: isMechanism(text), subjects, co };
    } else out.push(o);
  }
  return out;
}

// `加大…，统筹…，鼓励引导社会资金参与，…`: the leading verb labels the sentence, so a later 鼓励 does not.
const LATE_ENCOURAGEMENT = /^([^鼓倡，,]*[，,])[^鼓倡]*(鼓励|倡导)/;
// A first clause that only sets the frame (`在依法合规的前提下，鼓励…`) leaves 鼓励 leading.
const FRAME_CLAUSE = /^(在|按照|根据|依据|依照|结合|围绕|为了?|对|以|通过|立足|依托|基于|针对|面向|聚焦|经)|(下|中|时|后|前|基础上)[，,]$/;

/** In a plan only a sentence led by 鼓励/倡导 is `encouraged`. */
export function leadingModality(o: Obligation): Obligation {
  if (o.modality !== 'encouraged') return o;
  const late = LATE_ENCOURAGEMENT.exec(maskQuoted(o.text));
  return late && !FRAME_CLAUSE.test(late[1]) ? { ...o, modality: 'must' } : o;
}
