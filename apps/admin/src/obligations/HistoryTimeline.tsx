import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { formatDateTime, formatDay } from '../common/dates';
import { Section } from './Section';
import type { ObligationEventDto } from '@luyue/contracts';
import { eventNote, useObligationEvents } from './useObligationEvents';

/** Audit history: every event of the obligation, oldest first, as a vertical timeline. */
export function HistoryTimeline({ obligationId }: { obligationId: string }) {
  const translate = useTranslate();
  const { data: events = [] } = useObligationEvents(obligationId);
  return (
    <Section title="luyue.show.history" testId="history-timeline">
      {events.length === 0 && (
        <Typography color="text.secondary">
          {translate('luyue.show.none')}
        </Typography>
      )}
      <Stack spacing={0}>
        {events.map((e) => (
          <Box
            key={e.id}
            data-testid="timeline-event"
            data-type={e.type}
            data-to={statusChange(e)?.to ?? ''}
            sx={{
              borderLeft: 2,
              borderColor: 'primary.light',
              pl: 2,
              pb: 1.5,
              position: 'relative',
            }}
          >
            <Box
              sx={{
                position: 'absolute',
                left: -6,
                top: 4,
                width: 10,
                height: 10,
                borderRadius: '50%',
                bgcolor: 'primary.main',
              }}
            />
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(e.createdAt)}
            </Typography>
            <Typography variant="body2">
              <strong>
                {translate(`luyue.event.${e.type}`, { _: e.type })}
              </strong>{' '}
              {describe(e, translate)}
            </Typography>
            {eventNote(e) && (
              <Typography
                variant="body2"
                color="text.secondary"
                sx={{ whiteSpace: 'pre-wrap' }}
              >
                {eventNote(e)}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
    </Section>
  );
}

function statusChange(
  e: ObligationEventDto,
): { from?: string; to?: string } | null {
  return e.fromStatus || e.toStatus
    ? { from: e.fromStatus ?? undefined, to: e.toStatus ?? undefined }
    : null;
}

/** One-line detail: status edge, new due date, or evidence file name. */
function describe(
  e: ObligationEventDto,
  translate: (key: string, opts?: object) => string,
): string {
  const change = statusChange(e);
  if (change) {
    const label = (s?: string) =>
      s ? translate(`luyue.status.${s}`, { _: s }) : '';
    return `${label(change.from)} → ${label(change.to)}`;
  }
  const to = e.data?.['to'];
  if (e.type === 'due_date_changed' && typeof to === 'string')
    return `→ ${formatDay(to)}`;
  const fileName = e.data?.['fileName'];
  if (e.type === 'evidence_added' && typeof fileName === 'string')
    return fileName;
  return '';
}
