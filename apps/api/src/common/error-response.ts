import { HttpException, HttpStatus } from '@nestjs/common';
import { ERROR_CODES, type ErrorCode, type ErrorResponse } from '@luyue/contracts';
import { domainErrorToResponse } from './domain-error.mapping';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_type',
  422: 'transition_not_allowed',
  429: 'throttled',
  503: 'service_unavailable',
};

// Fastify's own request errors (body parser, multipart) by their code.
const FASTIFY_ERRORS: Record<string, number> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 413,
  FST_REQ_FILE_TOO_LARGE: 413,
  FST_PARTS_LIMIT: 413,
  FST_FILES_LIMIT: 413,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 415,
  FST_INVALID_MULTIPART_CONTENT_TYPE: 415,
  FST_ERR_CTP_EMPTY_JSON_BODY: 400,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 400,
};

// Errors that mean PostgreSQL or Redis is unreachable: the request may be retried.
const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Connection is closed|timeout exceeded when trying to connect|ENOTFOUND|57P01|57P03/;

export function toErrorResponse(error: unknown): ErrorResponse {
  const mapped = domainErrorToResponse(error);
  if (mapped) return mapped;
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const payload = error.getResponse();
    const obj = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
    const message = typeof payload === 'string' ? payload : Array.isArray(obj['message']) ? 'Validation failed' : String(obj['message'] ?? error.message);
    return {
      statusCode,
      code: isErrorCode(obj['code']) ? obj['code'] : (CODE_BY_STATUS[statusCode] ?? 'internal_error'),
      message,
      details: detailsOf(obj),
    };
  }
  const err = error as { code?: string; statusCode?: number; message?: string; name?: string } | undefined;
  if (err?.code && FASTIFY_ERRORS[err.code]) {
    const statusCode = FASTIFY_ERRORS[err.code];
    return { statusCode, code: CODE_BY_STATUS[statusCode], message: err.message ?? 'Bad request' };
  }
  if (err?.name === 'SyntaxError' || (err?.statusCode === 400 && err?.message)) {
    return { statusCode: 400, code: 'validation_failed', message: `Malformed request: ${err.message}` };
  }
  if (err?.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return { statusCode: err.statusCode, code: CODE_BY_STATUS[err.statusCode] ?? 'validation_failed', message: err.message ?? 'Request refused' };
  }
  // PostgreSQL "data exception" class (22xxx: a NUL byte, a number out of range…): the input was bad.
  if (err?.name === 'QueryFailedError' && typeof err.code === 'string' && err.code.startsWith('22')) {
    return { statusCode: 400, code: 'validation_failed', message: 'Invalid value in the request' };
  }
  // 57014 query_canceled: the statement ran past statement_timeout (DB_STATEMENT_TIMEOUT_MS).
  if (err?.name === 'QueryFailedError' && err.code === '57014') {
    return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, code: 'service_unavailable', message: 'The database took too long to answer; try again shortly or narrow the request' };
  }
  // A body nested so deeply that walking it overflows the stack.
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return { statusCode: 400, code: 'validation_failed', message: 'Request body is nested too deeply' };
  }
  const text = `${err?.code ?? ''} ${err?.message ?? ''}`;
  if (UNAVAILABLE.test(text)) {
    return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, code: 'service_unavailable', message: 'A backing service is unavailable; try again shortly' };
  }
  return { statusCode: 500, code: 'internal_error', message: 'Internal server error' };
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function detailsOf(payload: Record<string, unknown>): Record<string, unknown> | undefined {
  const details = payload['details'] ?? (Array.isArray(payload['message']) ? payload['message'] : undefined);
  if (details === undefined) return undefined;
  return Array.isArray(details) ? { errors: details } : (details as Record<string, unknown>);
}
