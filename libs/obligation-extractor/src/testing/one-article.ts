// Test input: a regulation of one article with one paragraph, its enumerated items given
// separately as the parser gives them.
import type { Item, ParsedDocument, Unit } from '@luyue/regulation-parser';

export function item(number: number, text: string): Item {
  return { number, text, subitems: [] };
}

export function oneArticle(text: string, items: Item[] = []): ParsedDocument {
  const paragraph = { text, start: 0, end: text.length, items };
  const unit: Unit = { number: 1, suffix: null, heading: null, start: 0, end: 0, paragraphs: [paragraph] };
  return {
    document: { title: '测试条例', documentNumber: null, issuer: null, adoptedOn: null, publishedOn: null, effectiveDate: null, unit: 'article' },
    text,
    unitCount: 1,
    units: [unit],
    warnings: [],
  };
}
