import { randomUUID } from 'node:crypto';
import type { ProvisionDto } from '@luyue/contracts';
import type { ParsedDocument } from '@luyue/regulation-parser';

/** A provision as inserted: the row the api answers, less what the insert adds (regulation, version). */
export type ProvisionNode = Omit<ProvisionDto, 'regulationId' | 'version' | 'path'> & { path: string };

const key = (article: number | null, paragraph: number | null, item: number | null, subitem: number | null) => `${article}/${paragraph}/${item}/${subitem}`;

/**
 * The parser's units as a provision tree (unit → 款 → 项 → 目), ids assigned up front so the
 * whole tree is inserted in bulk. `find` answers the most specific provision for an obligation.
 */
export function buildProvisionTree(doc: ParsedDocument) {
  const nodes: ProvisionNode[] = [];
  const byKey = new Map<string, ProvisionNode>();
  const unitLabel = doc.document.unit === 'task' ? (n: number) => `任务${n}` : (n: number) => `第${n}条`;
  const add = (node: Omit<ProvisionNode, 'id' | 'ordinal'>): ProvisionNode => {
    const full = { ...node, id: randomUUID(), ordinal: nodes.length + 1 };
    nodes.push(full);
    return full;
  };
  for (const unit of doc.units) {
    const label = `${unitLabel(unit.number)}${unit.suffix ? `之${unit.suffix}` : ''}`;
    const unitPath = [...(unit.headingPath ?? (unit.heading ? [unit.heading] : [])), label].join('/');
    const unitNode = add({
      parentId: null,
      level: 'unit',
      path: unitPath,
      heading: unit.heading,
      article: unit.number,
      suffix: unit.suffix,
      paragraph: null,
      item: null,
      subitem: null,
      text: doc.text.slice(unit.start, unit.end),
      startOffset: unit.start,
      endOffset: unit.end,
    });
    if (!byKey.has(key(unit.number, null, null, null))) byKey.set(key(unit.number, null, null, null), unitNode);
    unit.paragraphs.forEach((paragraph, p) => {
      const pNo = p + 1;
      const pNode = add({
        parentId: unitNode.id,
        level: 'paragraph',
        path: `${unitPath}/第${pNo}款`,
        heading: null,
        article: unit.number,
        suffix: unit.suffix,
        paragraph: pNo,
        item: null,
        subitem: null,
        text: paragraph.text,
        startOffset: paragraph.start,
        endOffset: paragraph.end,
      });
      byKey.set(key(unit.number, pNo, null, null), pNode);
      for (const item of paragraph.items) {
        const iNode = add({
          parentId: pNode.id,
          level: 'item',
          path: `${pNode.path}/（${item.number}）`,
          heading: null,
          article: unit.number,
          suffix: unit.suffix,
          paragraph: pNo,
          item: item.number,
          subitem: null,
          text: item.text,
          startOffset: null,
          endOffset: null,
        });
        byKey.set(key(unit.number, pNo, item.number, null), iNode);
        for (const sub of item.subitems) {
          const sNode = add({
            parentId: iNode.id,
            level: 'subitem',
            path: `${iNode.path}/${sub.number}.`,
            heading: null,
            article: unit.number,
            suffix: unit.suffix,
            paragraph: pNo,
            item: item.number,
            subitem: sub.number,
            text: sub.text,
            startOffset: null,
            endOffset: null,
          });
          byKey.set(key(unit.number, pNo, item.number, sub.number), sNode);
        }
      }
    });
  }
  return {
    nodes,
    find(article: number | null, paragraph: number | null, item: number | null, subitem: number | null): ProvisionNode | undefined {
      if (article === null) return undefined;
      return (
        byKey.get(key(article, paragraph, item, subitem)) ??
        byKey.get(key(article, paragraph, item, null)) ??
        byKey.get(key(article, paragraph, null, null)) ??
        byKey.get(key(article, null, null, null))
      );
    },
  };
}
