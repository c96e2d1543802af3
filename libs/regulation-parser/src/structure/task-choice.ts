import type { OutlineNode, PlanOutline } from './plan-outline';

export interface TaskChoice {
  node: OutlineNode;
  /** The task's own annotation, else the nearest annotated section heading's. */
  annotation: string | null;
}

/**
 * The tasks of a plan, in document order.
 * - With responsibility annotations: the lowest numbered measures they attach to, wherever they
 *   stand (annexes too): a measure with its own annotation, one among numbered siblings that
 *   have one, or one under an annotated section heading. A measure whose finer numbered lines
 *   carry annotations is a section, not a task.
 * - Without: the plan's own numbered measures — the numbering style most of its top-most
 *   measures use (numbering may restart in each section); annex lists are not tasks.
 * Framing sections (总体要求, 指导思想…) and dated timetable headings are never tasks.
 */
export function chooseTasks(outline: PlanOutline): TaskChoice[] {
  const annotated = outline.nodes.some((node) => node.annotation && !insideFraming(node));
  return annotated ? annotatedTasks(outline.roots) : unannotatedTasks(outline.roots);
}

function annotatedTasks(roots: OutlineNode[]): TaskChoice[] {
  const tasks: TaskChoice[] = [];
  const visit = (siblings: OutlineNode[], inherited: string | null) => {
    for (const node of siblings) {
      if (node.role === 'framing') continue;
      const section = node.role !== 'measure' || node.children.some(hasAnnotationWithin);
      if (section) {
        visit(node.children, node.annotation ?? inherited);
        continue;
      }
      const siblingAnnotated = siblings.some((other) => other.role === 'measure' && other.numbering.scheme === node.numbering.scheme && other.annotation);
      if (node.annotation || inherited || siblingAnnotated) tasks.push({ node, annotation: node.annotation ?? inherited });
    }
  };
  visit(roots, null);
  return tasks;
}

function hasAnnotationWithin(node: OutlineNode): boolean {
  return node.role !== 'framing' && (node.annotation !== null || node.children.some(hasAnnotationWithin));
}

function unannotatedTasks(roots: OutlineNode[]): TaskChoice[] {
  const candidates: OutlineNode[] = [];
  const visit = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      if (node.role === 'framing' || node.inAnnex) continue;
      // Without annotations `一是…二是…` under a measure's title spell that measure out.
      const spelledOut = node.role === 'heading' && node.children.every((child) => child.numbering.scheme === 'ordinal');
      if (node.role === 'measure' || spelledOut) candidates.push(node);
      else visit(node.children);
    }
  };
  visit(roots);
  const counts = new Map<string, number>();
  for (const node of candidates) counts.set(node.numbering.scheme, (counts.get(node.numbering.scheme) ?? 0) + 1);
  let best: { scheme: string; count: number; rank: number } | null = null;
  for (const node of candidates) {
    const count = counts.get(node.numbering.scheme) ?? 0;
    if (!best || count > best.count || (count === best.count && node.rank > best.rank)) {
      best = { scheme: node.numbering.scheme, count, rank: node.rank };
    }
  }
  return candidates.filter((node) => node.numbering.scheme === best?.scheme).map((node) => ({ node, annotation: null }));
}

function insideFraming(node: OutlineNode): boolean {
  for (let at: OutlineNode | null = node; at; at = at.parent) if (at.role === 'framing') return true;
  return false;
}
