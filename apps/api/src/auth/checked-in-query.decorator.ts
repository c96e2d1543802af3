import { SetMetadata } from '@nestjs/common';

export const SESSION_CHECKED_IN_QUERY = 'luyue:sessionCheckedInQuery';

/**
 * Marks a route whose use case checks the session in its own statement (SessionCheck): the
 * guard may then take a known user from its cache instead of reading it first.
 */
export const SessionCheckedInQuery = () => SetMetadata(SESSION_CHECKED_IN_QUERY, true);
