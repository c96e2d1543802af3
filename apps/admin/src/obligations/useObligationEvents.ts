import { useGetList } from 'react-admin';
import type { ObligationEvent } from './types';

/** The obligation's audit log, oldest first (shared by the history and progress panels). */
export function useObligationEvents(obligationId: string | undefined) {
  return useGetList<ObligationEvent>(
    'obligation-events',
    {
      filter: { obligationId },
      sort: { field: 'createdAt', order: 'ASC' },
      pagination: { page: 1, perPage: 500 },
    },
    { enabled: !!obligationId },
  );
}

export const eventTime = (e: ObligationEvent): string | undefined => e.createdAt ?? e.at;

/** Free-text note of an event, wherever the api put it. */
export function eventNote(e: ObligationEvent): string | null {
  const fromPayload = e.payload?.['note'] ?? e.payload?.['reason'];
  return e.note ?? (typeof fromPayload === 'string' ? fromPayload : null);
}
