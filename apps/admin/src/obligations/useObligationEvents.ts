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

export const eventTime = (e: ObligationEvent): string | undefined =>
  e.createdAt ?? e.at;

/** Free-text note of an event, wherever the api put it. */
export function eventNote(e: ObligationEvent): string | null {
  const fromData = e.data?.['note'] ?? e.data?.['reason'];
  return e.note ?? (typeof fromData === 'string' ? fromData : null);
}
