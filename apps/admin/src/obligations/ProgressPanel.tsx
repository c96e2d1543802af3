import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { ObligationDto } from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { formatDateTime } from '../common/dates';
import { useApiMutation } from '../common/useApiMutation';
import { Section } from './Section';
import { eventNote, useObligationEvents } from './useObligationEvents';

/** Progress reports so far (from the event log) and a form to add one, for those the api says may report. */
export function ProgressPanel({ record }: { record: ObligationDto }) {
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
  const { data: events = [] } = useObligationEvents(record.id);
  const [note, setNote] = useState('');
  const reports = events.filter((e) => e.type === 'progress_reported');
  const { mutate: submit, isPending: busy } = useApiMutation(
    () => dataProvider.reportProgress(record.id, note.trim()),
    {
      success: 'luyue.show.sent',
      onSuccess: () => setNote(''),
    },
  );

  return (
    <Section title="luyue.show.progress" testId="progress-panel">
      {reports.length === 0 && (
        <Typography color="text.secondary">
          {translate('luyue.show.none')}
        </Typography>
      )}
      {reports.map((e) => (
        <Typography
          key={e.id}
          variant="body2"
          sx={{ whiteSpace: 'pre-wrap' }}
          data-testid="progress-item"
        >
          <Typography
            component="span"
            variant="caption"
            color="text.secondary"
            sx={{ mr: 1 }}
          >
            {formatDateTime(e.createdAt)}
          </Typography>
          {eventNote(e)}
        </Typography>
      ))}
      {record.can.reportProgress && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <TextField
            size="small"
            fullWidth
            multiline
            label={translate('luyue.show.progress_note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'progress-note' } }}
          />
          <Button
            variant="outlined"
            disabled={busy || !note.trim()}
            onClick={() => submit()}
            data-testid="progress-submit"
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {translate('luyue.show.report_progress')}
          </Button>
        </Stack>
      )}
    </Section>
  );
}
