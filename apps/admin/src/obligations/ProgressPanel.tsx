import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ACTIVE_STATUSES, isOneOf } from '@luyue/contracts';
import { apiCall, errorMessage } from '../api/http';
import { formatDateTime } from '../common/dates';
import { Section } from './Section';
import type { Obligation } from './types';
import {
  eventNote,
  eventTime,
  useObligationEvents,
} from './useObligationEvents';

/** Progress reports so far (from the event log) and a form to add one while the work is active. */
export function ProgressPanel({ record }: { record: Obligation }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { data: events = [] } = useObligationEvents(record.id);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const reports = events.filter((e) => e.type === 'progress_reported');
  const canReport = isOneOf(ACTIVE_STATUSES, record.status);

  const submit = async () => {
    setBusy(true);
    try {
      await apiCall(`/obligations/${record.id}/progress`, {
        method: 'POST',
        body: { note: note.trim() },
      });
      setNote('');
      notify('luyue.show.sent', { type: 'success' });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

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
            {formatDateTime(eventTime(e))} {e.actorName ?? ''}
          </Typography>
          {eventNote(e)}
        </Typography>
      ))}
      {canReport && (
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
            onClick={submit}
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
