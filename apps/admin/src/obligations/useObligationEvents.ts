import { useGetList } from 'react-admin';
import type { ObligationEventDto } from '@luyue/contracts';

/** The obligation's audit log, oldest first (shared by the history and progress panels). */
export function useObligationEvents(obligationId: string | undefined) {
  return useGetList<ObligationEventDto>(
    'obligation-events',
    {
      filter: { obligationId },
      sort: { field: 'createdAt', order: 'ASC' },
      pagination: { page: 1, perPage: 500 },
    },
    { enabled: !!obligationId },
  );
}

/** Free-text note of an event: its own, or the reason or note its data carries. */
export function eventNote(e: ObligationEventDto): string | null {
  const fromData = e.data?.['note'] ?? e.data?.['reason'];
  return e.note ?? (typeof fromData === 'string' ? fromData : null);
}
