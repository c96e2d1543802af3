import { ErrorCode, httpStatusFor } from '@luyue/contracts';
import type { ErrorResponse, ObligationStatus } from '@luyue/contracts';

// Errors thrown by domain rules. The API maps any DomainError to an
// ErrorResponse in one filter: reply.status(error.httpStatus).send(error.toResponse()).

export type ErrorDetails = Record<string, unknown>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = new.target.name;
  }

  get httpStatus(): number {
    return httpStatusFor(this.code);
  }

  /** The API response body for this error. */
  toResponse(): ErrorResponse {
    return {
      statusCode: this.httpStatus,
      code: this.code,
      message: this.message,
      ...(this.details && { details: this.details }),
    };
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** 422: no such edge in the status machine (or not from the current status). */
export class TransitionNotAllowedError extends DomainError {
  constructor(from: ObligationStatus, to: ObligationStatus) {
    super(ErrorCode.TransitionNotAllowed, `Cannot move an obligation from ${from} to ${to}`, { from, to });
  }
}

/** 400: the action needs a non-blank note / reason. */
export class ReasonRequiredError extends DomainError {
  constructor(action: string) {
    super(ErrorCode.ReasonRequired, `A reason is required to ${action}`, {
      action,
    });
  }
}

/** 409: the client acted on an older version of the row. */
export class StaleVersionError extends DomainError {
  constructor(expectedVersion: number, actualVersion: number) {
    super(ErrorCode.StaleVersion, 'The obligation was changed by someone else; reload and retry', {
      expectedVersion,
      actualVersion,
    });
  }
}

/** 403: the actor's role or body scope does not allow the action. */
export class ForbiddenActionError extends DomainError {
  constructor(action: string, details?: ErrorDetails) {
    super(ErrorCode.Forbidden, `Not allowed to ${action}`, {
      action,
      ...details,
    });
  }
}

/** 401: unknown user, wrong password or an inactive account (one message for all three). */
export class AuthenticationError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.Unauthorized, message);
  }
}

/** 404 */
export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super(ErrorCode.NotFound, `${entity} ${id} not found`, { entity, id });
  }
}

/** 422: confirming a draft needs at least one lead body (牵头单位). */
export class LeadBodyRequiredError extends DomainError {
  constructor() {
    super(ErrorCode.LeadBodyRequired, 'At least one lead body is required');
  }
}

/** 400: malformed or inconsistent input (bad date, date in the past, …). */
export class ValidationError extends DomainError {
  constructor(message: string, details?: ErrorDetails) {
    super(ErrorCode.ValidationFailed, message, details);
  }
}

/** 409: the thing already exists (e.g. a pending extension request). */
export class DuplicateError extends DomainError {
  constructor(message: string, details?: ErrorDetails) {
    super(ErrorCode.Duplicate, message, details);
  }
}

/** 422: an extension cannot be requested or decided in the current state. */
export class ExtensionNotAllowedError extends DomainError {
  constructor(message: string, details?: ErrorDetails) {
    super(ErrorCode.ExtensionNotAllowed, message, details);
  }
}

/** 422: a text imported as a regulation's new version has too little in common with the current one. */
export class NotAnAmendmentError extends DomainError {
  constructor(message: string, details?: ErrorDetails) {
    super(ErrorCode.NotAnAmendment, message, details);
  }
}

/** 401: the session ended (logout, password, role or body change, deactivation) since its token was issued. */
export class SessionEndedError extends DomainError {
  constructor() {
    super(ErrorCode.Unauthorized, 'Invalid or expired token');
  }
}
