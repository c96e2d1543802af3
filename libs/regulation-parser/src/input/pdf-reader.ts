/** Text layer of a PDF, pages in order. Throws on a corrupt file; a scan without text gives ''. */
export async function readPdf(buffer: Buffer): Promise<string> {
  const { default: pdfParse } = await import('pdf-parse/lib/pdf-parse.js');
  // pdf.js reports recoverable font problems with console.log, which would corrupt CLI JSON output.
  const log = console.log;
  console.log = () => undefined;
  try {
    const result = await pdfParse(buffer);
    return result.text;
  } finally {
    console.log = log;
  }
}
