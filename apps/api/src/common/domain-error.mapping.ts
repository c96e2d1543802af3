import type { ErrorResponse } from '@luyue/contracts';

/**
 * Domain errors (thrown by libs) carry a code; map them to the HTTP status for that code.
 * Returns undefined for anything that is not a domain error.
 */
export function domainErrorToResponse(error: unknown): ErrorResponse | undefined {
  void error;
  return undefined;
}
