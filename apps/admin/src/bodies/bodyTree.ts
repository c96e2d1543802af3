export interface Body {
  id: string;
  name: string;
  parentId: string | null;
  aliases?: string[];
  level?: string | null;
  kind?: string | null;
}

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
