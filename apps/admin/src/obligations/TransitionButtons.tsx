import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ObligationStatus, TransitionOptionDto } from '@luyue/contracts';
import { apiCall, errorMessage } from '../api/http';
import { FormDialog } from '../common/FormDialog';
import { isNegative, transitionOptions } from './transitions';
import type { Obligation } from './types';

/** One button per status the api says this user may move the obligation to. */
export function TransitionButtons({ record }: { record: Obligation }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState<TransitionOptionDto | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (to: ObligationStatus, text?: string) => {
    setBusy(true);
    try {
      // `version` makes a concurrent change fail with 409 instead of being overwritten.
      await apiCall(`/obligations/${record.id}/transitions`, {
        method: 'POST',
        body: { to, note: text || undefined, version: record.version },
      });
      notify('luyue.transition.done', { type: 'success' });
      setPending(null);
      setNote('');
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const options = transitionOptions(record.status, record.allowedTransitions);
  if (options.length === 0) return null;

  return (
    <>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap' }}
        data-testid="transition-buttons"
      >
        {options.map((option) => {
          const { to, action } = option;
          return (
            <Button
              key={to}
              variant={isNegative(action) ? 'outlined' : 'contained'}
              color={isNegative(action) ? 'warning' : 'primary'}
              disabled={busy}
              data-testid={`transition-${to}`}
              onClick={() =>
                option.noteRequired ? setPending(option) : run(to)
              }
            >
              {translate(`luyue.transition.${action}`)}
            </Button>
          );
        })}
      </Stack>
      <FormDialog
        open={pending !== null}
        title={pending ? `luyue.transition.${pending.action}` : ''}
        onClose={() => setPending(null)}
        onConfirm={() => pending && run(pending.to, note.trim())}
        disabled={busy || note.trim() === ''}
        testId="note-dialog"
      >
        <TextField
          autoFocus
          multiline
          minRows={3}
          required
          label={translate('luyue.transition.note')}
          helperText={translate('luyue.transition.note_required')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'note-input' } }}
        />
      </FormDialog>
    </>
  );
}
