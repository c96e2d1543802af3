import JSZip from 'jszip';

/** The table rows of a .docx (word/document.xml), each as its cells' text: what a reader of the file sees. */
export async function docxTables(bytes: Buffer): Promise<{ paragraphs: string[]; rows: string[][]; xml: string; footers: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const footers = await Promise.all(zip.file(/^word\/footer\d*\.xml$/).map((f) => f.async('string')));
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  const rows = [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => text(tc[0])));
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((p) => text(p[0])).filter(Boolean);
  return { paragraphs, rows, xml, footers };
}
