import type { BodyDto } from '@luyue/contracts';

/** The body fields the tree needs (GET /bodies rows have them all). */
export type Body = Pick<BodyDto, 'id' | 'name' | 'parentId'> &
  Partial<Pick<BodyDto, 'aliases' | 'level' | 'kind'>>;

export interface BodyNode extends Body {
  children: BodyNode[];
}

/** Nests bodies under their parent; orphans (parent not in the page) become roots. */
export function buildBodyTree(bodies: Body[]): BodyNode[] {
  const nodes = new Map<string, BodyNode>(
    bodies.map((b) => [String(b.id), { ...b, children: [] }]),
  );
  const roots: BodyNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(String(node.parentId)) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
