import JSZip from 'jszip';

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

export interface OfdParts {
  /** DocInfo children, e.g. `<ofd:Title>…</ofd:Title>`. */
  docInfo?: string;
  /** Each page's Layer content (TextObjects). */
  pages: string[];
  /** Parts to replace or add, by path. */
  override?: Record<string, string>;
}

/** A minimal OFD package (OFD.xml → Doc_0/Document.xml → Pages/Page_N/Content.xml) for reader tests. */
export async function buildOfd({ docInfo = '', pages, override = {} }: OfdParts): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    'OFD.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo>${docInfo}</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  );
  zip.file(
    'Doc_0/Document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:Pages>${pages.map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`,
  );
  pages.forEach((layer, i) =>
    zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="1">${layer}</ofd:Layer></ofd:Content></ofd:Page>`),
  );
  for (const [path, content] of Object.entries(override)) zip.file(path, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** One line of text as a TextObject at (left, top) in millimetres, 5 mm glyphs. */
export function ofdLine(text: string, left: number, top: number): string {
  const deltas = Array.from(text).length - 1;
  return `<ofd:TextObject ID="9" Boundary="${left} ${top} 160 6" Size="5"><ofd:TextCode X="0" Y="4.3"${deltas ? ` DeltaX="g ${deltas} 5"` : ''}>${text}</ofd:TextCode></ofd:TextObject>`;
}
