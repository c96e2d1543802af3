import { StaleVersionError, TransitionNotAllowedError } from '@luyue/domain';
import { domainErrorToResponse } from './domain-error.mapping';
import { toErrorResponse } from './error-response';

describe('domain error mapping', () => {
  it('maps a DomainError to its HTTP status, code and details', () => {
    expect(domainErrorToResponse(new StaleVersionError(2, 3))).toEqual({
      statusCode: 409,
      code: 'stale_version',
      message: expect.any(String),
      details: { expectedVersion: 2, actualVersion: 3 },
    });
    expect(toErrorResponse(new TransitionNotAllowedError('done', 'pending'))).toMatchObject({ statusCode: 422, code: 'transition_not_allowed' });
  });

  it('ignores anything else', () => {
    expect(domainErrorToResponse(new Error('x'))).toBeUndefined();
  });
});
