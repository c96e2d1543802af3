import { posix } from 'node:path';
import { RegulationParseError } from '../../errors';
import { OfdPackage } from './ofd-package';
import { glyphLines, linesToParagraphs, pageGlyphs } from './ofd-page-text';
import { attribute, child, children, parseOfdXml, textOf, type XmlNode } from './ofd-xml';

/** Most pages an OFD document may have; past it the package is refused rather than read. */
export const MAX_OFD_PAGES = 5000;

/** What DocInfo says of the document, used where the text itself says nothing. */
export interface OfdDocInfo {
  title: string | null;
  /** YYYY-MM-DD of CreationDate. */
  createdOn: string | null;
}

export interface OfdText {
  text: string;
  info: OfdDocInfo;
}

/**
 * Text of an OFD (GB/T 33190) document: OFD.xml names the first document's root
 * (`Doc_0/Document.xml`), which lists its pages; each page's TextObjects are read in reading
 * order by position, one paragraph per line of the result.
 */
export async function readOfd(buffer: Buffer, fileName: string): Promise<OfdText> {
  const ofd = await OfdPackage.open(buffer, fileName);
  const body = child(root(await ofd.readText('OFD.xml'), 'OFD', fileName), 'DocBody');
  const docRoot = textOf(child(body, 'DocRoot')).trim();
  if (!docRoot) throw new RegulationParseError('corrupt', fileName, 'OFD.xml names no DocRoot');
  const document = root(await ofd.readText(docRoot), 'Document', fileName);
  const pages = children(child(document, 'Pages'), 'Page');
  if (pages.length > MAX_OFD_PAGES) {
    throw new RegulationParseError('too_large', fileName, `the OFD document has ${pages.length} pages, over the ${MAX_OFD_PAGES}-page limit`);
  }
  const lines = [];
  for (const page of pages) {
    const location = attribute(page, 'BaseLoc');
    if (!location) throw new RegulationParseError('corrupt', fileName, 'an OFD page has no BaseLoc');
    const content = root(await ofd.readText(resolvePart(docRoot, location)), 'Page', fileName);
    lines.push(glyphLines(pageGlyphs(content)));
  }
  return { text: linesToParagraphs(lines).join('\n'), info: docInfo(child(body, 'DocInfo')) };
}

// A BaseLoc is relative to the part that names it, or absolute from the package root.
function resolvePart(from: string, location: string): string {
  return location.startsWith('/') ? location : posix.join(posix.dirname(from.replace(/^\/+/, '')), location);
}

function root(xml: string, name: string, fileName: string): XmlNode {
  let parsed: XmlNode;
  try {
    parsed = parseOfdXml(xml);
  } catch (error) {
    throw new RegulationParseError('corrupt', fileName, `an OFD part is not well-formed XML (${(error as Error).message.split('\n')[0]})`);
  }
  const element = child(parsed, name);
  if (!element) throw new RegulationParseError('corrupt', fileName, `an OFD part has no ${name} element`);
  return element;
}

function docInfo(info: XmlNode | undefined): OfdDocInfo {
  const title = textOf(child(info, 'Title')).trim();
  const created = /^(\d{4}-\d{2}-\d{2})/.exec(textOf(child(info, 'CreationDate')).trim())?.[1] ?? null;
  return { title: title || null, createdOn: created };
}
