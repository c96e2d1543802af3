import JSZip from 'jszip';

/** A block of a test .docx: a paragraph, or a table whose cells may continue the cell above (a vertical merge). */
export type DocxBlock = string | { rows: Array<Array<string | { text: string; continuesAbove: true }>> };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;

/** A minimal WordprocessingML package with paragraphs and tables, for reader tests. */
export async function buildDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const body = blocks
    .map((block) => {
      if (typeof block === 'string') return paragraph(block);
      const rows = block.rows.map((row, rowIndex) => {
        const cells = row.map((cell, column) => {
          if (typeof cell === 'string') {
            const restarts = block.rows[rowIndex + 1]?.[column];
            const merge = typeof restarts === 'object' ? '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' : '';
            return `<w:tc>${merge}${paragraph(cell)}</w:tc>`;
          }
          return `<w:tc><w:tcPr><w:vMerge/></w:tcPr>${paragraph('')}</w:tc>`;
        });
        return `<w:tr>${cells.join('')}</w:tr>`;
      });
      return `<w:tbl>${rows.join('')}</w:tbl>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
