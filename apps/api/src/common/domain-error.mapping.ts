import type { ErrorResponse } from '@luyue/contracts';
import { isDomainError } from '@luyue/domain';

/**
 * Domain errors (thrown by libs) carry a code; map them to the HTTP status for that code.
 * Returns undefined for anything that is not a domain error.
 */
export function domainErrorToResponse(error: unknown): ErrorResponse | undefined {
  if (!isDomainError(error)) return undefined;
  return { statusCode: error.httpStatus, code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
}
