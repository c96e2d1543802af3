import type { OcrReport } from '@luyue/regulation-parser';

/** An error the CLI reports as one clear line and an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function log(message: string): void {
  process.stderr.write(message + '\n');
}

export function printError(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`error: ${message}\n`);
  if (process.env['LUYUE_DEBUG'] && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
}

/** One stderr line on a scan's OCR (stdout stays the command's output, e.g. its JSON). */
export function reportOcr(ocr: OcrReport | undefined): void {
  if (!ocr) return;
  const low = ocr.lowPages.length ? `; low confidence on page ${ocr.lowPages.join(', ')}` : '';
  process.stderr.write(`OCR: ${ocr.pages.length} pages in ${ocr.seconds} s, mean confidence ${ocr.meanConfidence}${low}\n`);
}
