import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';
import type {
  ObligationDto,
  TransitionAction,
  TransitionOptionDto,
} from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { FormDialog } from '../common/FormDialog';
import { useApiMutation } from '../common/useApiMutation';

/** Steps back or away from the work get a warning colour. */
const NEGATIVE: ReadonlySet<TransitionAction> = new Set<TransitionAction>([
  'return',
  'waive',
  'discard',
]);

/** One button per status change the api says this user may make now (`allowedTransitions`). */
export function TransitionButtons({ record }: { record: ObligationDto }) {
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
  const [pending, setPending] = useState<TransitionOptionDto | null>(null);
  const [note, setNote] = useState('');
  const { mutate, isPending } = useApiMutation(
    // `version` makes a concurrent change fail with 409 instead of being overwritten.
    ({ to, text }: { to: TransitionOptionDto['to']; text?: string }) =>
      dataProvider.transition(record.id, {
        to,
        note: text || undefined,
        version: record.version,
      }),
    {
      success: 'luyue.transition.done',
      onSuccess: () => {
        setPending(null);
        setNote('');
      },
    },
  );

  if (record.allowedTransitions.length === 0) return null;
  return (
    <>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap' }}
        data-testid="transition-buttons"
      >
        {record.allowedTransitions.map((option) => {
          const { to, action } = option;
          const negative = NEGATIVE.has(action);
          return (
            <Button
              key={to}
              variant={negative ? 'outlined' : 'contained'}
              color={negative ? 'warning' : 'primary'}
              disabled={isPending}
              data-testid={`transition-${to}`}
              onClick={() =>
                option.noteRequired ? setPending(option) : mutate({ to })
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
        onConfirm={() =>
          pending && mutate({ to: pending.to, text: note.trim() })
        }
        disabled={isPending || note.trim() === ''}
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
