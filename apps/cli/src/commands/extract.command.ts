import { parseFile, RegulationParseError, type ParsedDocument } from '@luyue/regulation-parser';
import { extractObligations, type ExtractionResult, type Obligation } from '@luyue/obligation-extractor';
import type { CliCommand } from '../command';
import { CliError, printJson, reportOcr } from '../cli-output';

// `luyue extract <file> [--json]`: list the obligations of one regulation or plan.
export const extractCommand: CliCommand = {
  summary: 'extract obligations (modality, subjects, timing) from a regulation or plan',
  options: { json: { type: 'boolean' } },
  async run(positionals, values) {
    const [file] = positionals;
    if (!file) throw new CliError('usage: luyue extract <file> [--json]', 2);
    const parsed = await parseForExtraction(file);
    reportOcr(parsed.ocr);
    const result = extractObligations(parsed);
    if (values['json']) printJson(result);
    else process.stdout.write(renderTable(result));
    return 0;
  },
};

/** Parses a file, turning parser and file-system errors into one-line CLI errors. */
export async function parseForExtraction(file: string): Promise<ParsedDocument> {
  try {
    return await parseFile(file);
  } catch (err) {
    if (err instanceof RegulationParseError) throw new CliError(`${file}: ${err.message} [${err.code}]`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${file}: is a directory, not a file`);
    throw err;
  }
}

const TEXT_CHARS = 48;

function location(o: Obligation, unit: string): string {
  const where = o.article === null ? '-' : unit === 'task' ? `${o.article}.` : `第${o.article}条`;
  return [where, o.paragraph > 1 ? `款${o.paragraph}` : '', o.item ? `(${o.item})` : ''].join('');
}

function renderTable(result: ExtractionResult): string {
  const { document } = result;
  const out = [`${document.title ?? '(untitled)'}  effective: ${document.effectiveDate ?? '-'}  ${result.unitCount} ${document.unit}s  ${result.obligations.length} obligations`];
  if (result.aliases.length) out.push(`aliases: ${result.aliases.map((a) => `${a.alias} = ${a.full}`).join('; ')}`);
  for (const o of result.obligations) {
    const subjects = o.subjects.join('、') || '-';
    const co = o.co.length ? ` (会同 ${o.co.join('、')})` : '';
    const timing = o.timing.kind === 'none' ? '' : ` [${o.timing.kind}]`;
    const text = o.text.length > TEXT_CHARS ? `${o.text.slice(0, TEXT_CHARS)}…` : o.text;
    out.push(`${location(o, document.unit).padEnd(12)} ${o.modality.padEnd(10)} ${subjects}${co}${timing}${o.mechanism ? ' [mechanism]' : ''}`);
    out.push(`${' '.repeat(13)}${text}`);
  }
  return out.join('\n') + '\n';
}
