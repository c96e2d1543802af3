import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { RegulationParseError } from '../../errors';

const run = promisify(execFile);

export const OCR_LANGUAGE = 'chi_sim';
/** The Debian packages that give the OCR its programs and its Simplified Chinese data. */
export const OCR_PACKAGES = ['poppler-utils', 'tesseract-ocr', 'tesseract-ocr-chi-sim'];

/**
 * Refuses a scan (unsupported, 415) when pdftoppm, tesseract or its chi_sim data is missing,
 * naming the packages to install. Looked up on each call, so installing them needs no restart.
 */
export async function assertOcrTools(fileName: string): Promise<void> {
  const missing: string[] = [];
  if (!(await succeeds('pdftoppm', ['-v']))) missing.push('pdftoppm (poppler-utils)');
  const languages = await output('tesseract', ['--list-langs']);
  if (languages === null) missing.push('tesseract (tesseract-ocr)');
  else if (!languages.split(/\s+/).includes(OCR_LANGUAGE)) missing.push(`its ${OCR_LANGUAGE} data (tesseract-ocr-chi-sim)`);
  if (missing.length) {
    throw new RegulationParseError('unsupported', fileName, `this PDF has no text layer and reading a scan needs the Debian packages ${OCR_PACKAGES.join(', ')}; missing: ${missing.join(', ')}`);
  }
}

async function succeeds(command: string, args: string[]): Promise<boolean> {
  return (await output(command, args)) !== null;
}

async function output(command: string, args: string[]): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 10_000, env: process.env });
    return `${stdout}\n${stderr}`;
  } catch {
    return null;
  }
}
