// Removes responsibility annotations from a task's text: an obligation's `text` never includes them.
import type { Item, Paragraph } from '@luyue/regulation-parser';
import { findAnnotations } from '@luyue/regulation-parser';

export function stripAnnotations(text: string): string {
  const spans = findAnnotations(text);
  let out = text;
  for (const span of [...spans].reverse()) out = out.slice(0, span.start) + out.slice(span.end);
  return out;
}

/** The last annotation of a paragraph list (a task's own, closing it), or null. */
export function lastAnnotation(paragraphs: readonly Paragraph[]): string | null {
  for (const p of [...paragraphs].reverse()) {
    const spans = findAnnotations(p.text);
    if (spans.length) return spans[spans.length - 1].text;
  }
  return null;
}

function stripItem(item: Item): Item {
  return { ...item, text: stripAnnotations(item.text), subitems: item.subitems.map((s) => ({ ...s, text: stripAnnotations(s.text) })) };
}

export function stripParagraph(paragraph: Paragraph): Paragraph {
  return { ...paragraph, text: stripAnnotations(paragraph.text), items: paragraph.items.map(stripItem) };
}
