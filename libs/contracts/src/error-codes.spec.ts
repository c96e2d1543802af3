import { ERROR_CODES, httpStatusFor } from './error-codes';

describe('httpStatusFor', () => {
  it.each([
    ['validation_failed', 400],
    ['reason_required', 400],
    ['unauthorized', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['stale_version', 409],
    ['duplicate', 409],
    ['payload_too_large', 413],
    ['unsupported_type', 415],
    ['transition_not_allowed', 422],
    ['lead_body_required', 422],
    ['not_an_amendment', 422],
    ['throttled', 429],
  ] as const)('%s → %i', (code, status) => {
    expect(httpStatusFor(code)).toBe(status);
  });

  it('maps every code to an HTTP error status', () => {
    for (const code of ERROR_CODES) expect(httpStatusFor(code)).toBeGreaterThanOrEqual(400);
  });
});
