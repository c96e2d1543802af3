import {
  DomainError,
  DuplicateError,
  ExtensionNotAllowedError,
  ForbiddenActionError,
  LeadBodyRequiredError,
  NotFoundError,
  ReasonRequiredError,
  StaleVersionError,
  TransitionNotAllowedError,
  ValidationError,
  isDomainError,
} from './domain-error';

describe('domain errors', () => {
  it.each([
    [new TransitionNotAllowedError('done', 'pending'), 'transition_not_allowed', 422],
    [new ReasonRequiredError('waive'), 'reason_required', 400],
    [new StaleVersionError(1, 2), 'stale_version', 409],
    [new ForbiddenActionError('verify'), 'forbidden', 403],
    [new NotFoundError('Obligation', 'x'), 'not_found', 404],
    [new LeadBodyRequiredError(), 'lead_body_required', 422],
    [new ValidationError('bad'), 'validation_failed', 400],
    [new DuplicateError('again'), 'duplicate', 409],
    [new ExtensionNotAllowedError('late'), 'extension_not_allowed', 422],
  ] as Array<[DomainError, string, number]>)('%s → %s / %i', (error, code, status) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.code).toBe(code);
    expect(error.httpStatus).toBe(status);
    expect(error.name).toBe(error.constructor.name);
  });

  it('renders the API error body', () => {
    expect(new StaleVersionError(1, 2).toResponse()).toEqual({
      statusCode: 409,
      code: 'stale_version',
      message: expect.any(String),
      details: { expectedVersion: 1, actualVersion: 2 },
    });
    expect(new LeadBodyRequiredError().toResponse()).not.toHaveProperty('details');
  });

  it('isDomainError is false for other errors', () => {
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError('x')).toBe(false);
  });
});
