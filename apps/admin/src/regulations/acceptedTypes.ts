import { HttpError } from 'react-admin';

/** The file types POST /regulations/import reads (the api decides by content, not by name). */
export const ACCEPTED_EXTENSIONS = [
  '.docx',
  '.doc',
  '.ofd',
  '.pdf',
  '.md',
  '.txt',
] as const;

/** The file input's `accept` attribute. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(',');

/** Whether the api refused the file for its type (415): the screen then lists what it accepts. */
export function isRefusedType(error: unknown): boolean {
  return error instanceof HttpError && error.status === 415;
}
