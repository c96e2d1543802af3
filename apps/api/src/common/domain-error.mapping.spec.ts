import { StaleVersionError, TransitionNotAllowedError } from '@luyue/domain';
import { domainErrorToResponse } from './domain-error.mapping';
import { QueryFailedError } from 'typeorm';
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

  it('maps a statement cut off by statement_timeout (57014) to 503 service_unavailable', () => {
    const timedOut = new QueryFailedError('SELECT pg_sleep(10)', [], Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }));
    expect(toErrorResponse(timedOut)).toEqual({ statusCode: 503, code: 'service_unavailable', message: expect.stringMatching(/took too long/) });
  });

  it('ignores anything else', () => {
    expect(domainErrorToResponse(new Error('x'))).toBeUndefined();
  });
});
