/** Why a file could not be parsed; callers branch on `code`, people read `message`. */
/**
 * `unsupported`: a readable format whose reader needs something this machine lacks (the OCR
 * packages for a scan); `too_large` also covers a scan over the page cap.
 */
export type RegulationParseErrorCode = 'empty' | 'binary' | 'corrupt' | 'too_large' | 'type_mismatch' | 'unsupported';

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
