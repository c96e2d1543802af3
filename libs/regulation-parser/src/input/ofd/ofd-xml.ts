import { XMLParser, XMLValidator } from 'fast-xml-parser';

// OFD parts parsed without namespaces (`ofd:TextCode` → `TextCode`), attributes beside the
// children, and every value kept as a string (a 文号 or a date must not become a number).
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

export type XmlNode = Record<string, unknown>;

/** Throws on XML that is not well-formed (the parser alone would read `<a><b></a>`). */
export function parseOfdXml(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${valid.err.msg} at line ${valid.err.line}`);
  return parser.parse(xml) as XmlNode;
}

/** The children of `node` named `name`, as a list whether the XML had none, one or many. */
export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => (typeof item === 'object' ? (item as XmlNode) : { '#text': String(item) }));
}

export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** Text content of an element (`<Title>…</Title>` or `<TextCode X="…">…</TextCode>`). */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  const text = node['#text'];
  return typeof text === 'string' ? text : text === undefined ? '' : String(text);
}

export function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`];
  return value === undefined ? undefined : String(value);
}
