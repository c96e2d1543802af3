import * as mammoth from 'mammoth';

/** Plain text of a .docx body, one paragraph per line. Throws on a corrupt package. */
export async function readDocx(buffer: Buffer): Promise<string> {
  const result = await mammoth.extractRawText({ buffer });
  // mammoth separates paragraphs with a blank line; a single newline keeps the parser's line logic.
  return result.value.replace(/\n\n/g, '\n');
}
