import type { ErrorCode } from './error-codes';

/** Body of every non-2xx API response. */
export interface ErrorResponse {
  statusCode: number;
  code: ErrorCode;
  /** Human-readable; for logs and fallback display only. */
  message: string;
  /** Structured context, e.g. { from, to } or { expectedVersion, actualVersion }. */
  details?: Record<string, unknown>;
}
