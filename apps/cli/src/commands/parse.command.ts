import { parseFile, RegulationParseError, type ParsedDocument } from '@luyue/regulation-parser';
import type { CliCommand } from '../command';
import { CliError, reportOcr } from '../cli-output';

// `luyue parse <file> [--json | --format tree|json] [--max-bytes N]`: parse one regulation file.
export const parseCommand: CliCommand = {
  summary: 'parse a regulation (.txt/.md/.docx/.doc/.ofd/.pdf, scans by OCR) into articles or tasks',
  options: {
    json: { type: 'boolean' },
    format: { type: 'string' },
    'max-bytes': { type: 'string' },
  },
  async run(positionals, values) {
    const [file] = positionals;
    if (!file) throw new CliError('usage: luyue parse <file> [--json | --format tree] [--max-bytes N]', 2);
    const format = values['json'] ? 'json' : String(values['format'] ?? 'tree');
    if (format !== 'json' && format !== 'tree') throw new CliError(`unknown --format ${format}: use json or tree`, 2);
    const parsed = await parseOrExplain(file, maxBytes(values['max-bytes']));
    reportOcr(parsed.ocr);
    await writeStdout(format === 'json' ? JSON.stringify(toJson(parsed), null, 2) + '\n' : renderTree(parsed));
    return 0;
  },
};

/**
 * Resolves once the output is handed to the OS: main() calls process.exit() right after run(),
 * which would cut a large JSON document short on a pipe (`… --json | jq`).
 */
function writeStdout(output: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(output, (err) => (err ? reject(err) : resolve())));
}

async function parseOrExplain(file: string, maxBytesLimit: number | undefined): Promise<ParsedDocument> {
  try {
    return await parseFile(file, { maxBytes: maxBytesLimit });
  } catch (err) {
    if (err instanceof RegulationParseError) throw new CliError(`${err.message} [${err.code}]`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${file}: is a directory, not a file`);
    throw err;
  }
}

function maxBytes(raw: string | boolean | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new CliError(`--max-bytes must be a positive whole number, got ${raw}`, 2);
  return value;
}

type ParsedParagraph = ParsedDocument['units'][number]['paragraphs'][number];

function paragraphJson(p: ParsedParagraph) {
  return {
    text: p.text,
    start: p.start,
    end: p.end,
    items: p.items.map((i) => ({
      number: i.number,
      text: i.text,
      subitems: i.subitems.map((s) => ({ number: s.number, text: s.text })),
    })),
  };
}

/** The documented JSON shape, field by field, so internal extras never leak into it. */
function toJson(parsed: ParsedDocument) {
  const { title, documentNumber, issuer, adoptedOn, publishedOn, effectiveDate, unit } = parsed.document;
  return {
    document: { title, documentNumber, issuer, adoptedOn, publishedOn, effectiveDate, unit },
    text: parsed.text,
    unitCount: parsed.unitCount,
    units: parsed.units.map((u) => ({
      number: u.number,
      suffix: u.suffix,
      ...(u.label !== undefined ? { label: u.label } : {}),
      ...(u.annotation !== undefined ? { annotation: u.annotation } : {}),
      heading: u.heading,
      headingPath: u.headingPath ?? [],
      start: u.start,
      end: u.end,
      paragraphs: u.paragraphs.map(paragraphJson),
    })),
    preamble: (parsed.preamble ?? []).map(paragraphJson),
    trailing: (parsed.trailing ?? []).map(paragraphJson),
    warnings: parsed.warnings,
    ...(parsed.ocr ? { ocr: parsed.ocr } : {}),
  };
}

const PREVIEW_CHARS = 40;

function renderTree(parsed: ParsedDocument): string {
  const { document } = parsed;
  const out: string[] = [
    `${document.title ?? '(untitled)'}`,
    `  number: ${document.documentNumber ?? '-'}  issuer: ${document.issuer ?? '-'}`,
    `  adopted: ${document.adoptedOn ?? '-'}  published: ${document.publishedOn ?? '-'}  effective: ${document.effectiveDate ?? '-'}`,
    `  ${parsed.unitCount} ${document.unit}${parsed.unitCount === 1 ? '' : 's'}`,
  ];
  let heading: string | null = null;
  for (const unit of parsed.units) {
    if (unit.heading !== heading) {
      heading = unit.heading;
      if (heading) out.push(`  ${heading}`);
    }
    const label = document.unit === 'article' ? `第${unit.number}条${unit.suffix ? `之${unit.suffix}` : ''}` : `${unit.number}.`;
    const printed = unit.label && unit.label !== label ? ` [${unit.label}]` : '';
    out.push(`    ${label}${printed}${unit.annotation ? ` ${unit.annotation}` : ''}`);
    unit.paragraphs.forEach((paragraph, index) => {
      out.push(`      款${index + 1} ${preview(paragraph.text.split('\n')[0])}`);
      for (const item of paragraph.items) {
        out.push(`        (${item.number}) ${preview(item.text)}`);
        for (const subitem of item.subitems) out.push(`          ${subitem.number}. ${preview(subitem.text)}`);
      }
    });
  }
  for (const [name, paragraphs] of [
    ['preamble', parsed.preamble],
    ['trailing', parsed.trailing],
  ] as const) {
    if (paragraphs?.length) out.push(`  ${name}: ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}`);
  }
  for (const warning of parsed.warnings) out.push(`warning: ${warning}`);
  return out.join('\n') + '\n';
}

function preview(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}
