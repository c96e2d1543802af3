// pdf-parse ships no types; its library entry is required directly to skip the
// package index, which reads a test file when it thinks it runs in debug mode.
declare module 'pdf-parse/lib/pdf-parse.js' {
  function pdfParse(data: Buffer, options?: Record<string, unknown>): Promise<{ text: string; numpages: number }>;
  export = pdfParse;
}
