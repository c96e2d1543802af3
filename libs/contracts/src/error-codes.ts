// Machine-readable error codes, sent in ErrorResponse.code. The UI switches on
// these, never on messages (messages may be translated).

export const ErrorCode = {
  ValidationFailed: 'validation_failed',
  Unauthorized: 'unauthorized',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  StaleVersion: 'stale_version',
  Duplicate: 'duplicate',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedType: 'unsupported_type',
  TransitionNotAllowed: 'transition_not_allowed',
  ExtensionNotAllowed: 'extension_not_allowed',
  LeadBodyRequired: 'lead_body_required',
  NotAnAmendment: 'not_an_amendment',
  ReasonRequired: 'reason_required',
  Throttled: 'throttled',
  Conflict: 'conflict',
  ServiceUnavailable: 'service_unavailable',
  Internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES = Object.values(ErrorCode) as readonly ErrorCode[];

const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  reason_required: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  stale_version: 409,
  duplicate: 409,
  payload_too_large: 413,
  unsupported_type: 415,
  // Request is well-formed but the business rules refuse it in the current state.
  transition_not_allowed: 422,
  extension_not_allowed: 422,
  lead_body_required: 422,
  // A text imported as a new version has too little in common with the current one.
  not_an_amendment: 422,
  throttled: 429,
  conflict: 409,
  // PostgreSQL or Redis unreachable: the client may retry.
  service_unavailable: 503,
  internal_error: 500,
};

/** HTTP status for an error code, so the API's exception filter is a lookup. */
export function httpStatusFor(code: ErrorCode): number {
  return HTTP_STATUS[code] ?? 500;
}
