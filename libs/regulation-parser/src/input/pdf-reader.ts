import { createRequire } from 'node:module';

// pdf-parse ships no types. Its library entry is required directly: the package index
// reads a bundled test PDF when it believes it runs in debug mode.
type PdfParse = (data: Buffer) => Promise<{ text: string; numpages: number }>;
const requireFromHere = createRequire(__filename);

/** Text layer of a PDF, pages in order. Throws on a corrupt file; a scan without text gives ''. */
export async function readPdf(buffer: Buffer): Promise<string> {
  const pdfParse = requireFromHere('pdf-parse/lib/pdf-parse.js') as PdfParse;
  // pdf.js (in its main and its in-process worker module, each with its own verbosity) prints
  // warnings such as "Indexing all PDF objects" with console.log, which would corrupt the CLI's
  // JSON on stdout. They carry nothing the caller can act on, so they are dropped while parsing.
  const log = console.log;
  console.log = () => undefined;
  try {
    return (await pdfParse(buffer)).text;
  } finally {
    console.log = log;
  }
}
