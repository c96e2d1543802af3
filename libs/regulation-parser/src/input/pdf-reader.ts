import { createRequire } from 'node:module';

// pdf-parse ships no types. Its library entry is required directly: the package index
// reads a bundled test PDF when it believes it runs in debug mode.
interface TextItem {
  str: string;
  transform: number[];
}
interface PdfPage {
  pageIndex: number;
  getTextContent(options: object): Promise<{ items: TextItem[] }>;
}
type PdfParse = (data: Buffer, options: { max: number; pagerender: (page: PdfPage) => Promise<string> }) => Promise<{ text: string; numpages: number }>;
const requireFromHere = createRequire(__filename);

export interface PdfText {
  /** The text layer, pages in order (as pdf-parse joins them). */
  text: string;
  /** The text layer of each page read, index 0 for page 1. */
  pages: string[];
  pageCount: number;
}

/**
 * Text layer of a PDF, page by page; `maxPages` (0: all) stops reading there, the page count is
 * still the document's. Throws on a corrupt file; a scan without text gives '' pages.
 */
export async function readPdf(buffer: Buffer, maxPages = 0): Promise<PdfText> {
  const pdfParse = requireFromHere('pdf-parse/lib/pdf-parse.js') as PdfParse;
  const pages: string[] = [];
  // pdf-parse's own page renderer, which keeps a page's text lines apart, recording each page.
  const pagerender = async (page: PdfPage) => {
    const { items } = await page.getTextContent({ normalizeWhitespace: false, disableCombineTextItems: false });
    let lastY: number | undefined;
    let text = '';
    for (const item of items) {
      text += lastY === item.transform[5] || !lastY ? item.str : `\n${item.str}`;
      lastY = item.transform[5];
    }
    pages[page.pageIndex] = text;
    return text;
  };
  // pdf.js (in its main and its in-process worker module, each with its own verbosity) prints
  // warnings such as "Indexing all PDF objects" with console.log, which would corrupt the CLI's
  // JSON on stdout. They carry nothing the caller can act on, so they are dropped while parsing.
  const log = console.log;
  console.log = () => undefined;
  try {
    const result = await pdfParse(buffer, { max: maxPages, pagerender });
    return { text: result.text, pages: Array.from(pages, (page) => page ?? ''), pageCount: result.numpages };
  } finally {
    console.log = log;
  }
}
