/** Why a file could not be parsed; callers branch on `code`, people read `message`. */
export type RegulationParseErrorCode = 'empty' | 'binary' | 'corrupt' | 'too_large' | 'type_mismatch';

export class RegulationParseError extends Error {
  constructor(
    readonly code: RegulationParseErrorCode,
    readonly fileName: string,
    reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'RegulationParseError';
  }
}
