import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import type { ExtensionRequestItemDto, ObligationDto } from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { formatDay } from '../common/dates';
import { FormDialog } from '../common/FormDialog';
import { useApiMutation } from '../common/useApiMutation';
import { Section } from './Section';

type Dialog =
  | { kind: 'request' }
  | { kind: 'decide'; request: ExtensionRequestItemDto; approve: boolean }
  | null;

/** Extension requests: lead-body staff (and admins) ask for a later due date, managers approve or refuse (as the api's `can` says). */
export function ExtensionPanel({ record }: { record: ObligationDto }) {
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
  const { data: requests = [] } = useQuery({
    queryKey: ['extension-requests', record.id],
    queryFn: async () => (await dataProvider.extensionRequests(record.id)).data,
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  // One request at a time: the api refuses a second while one is pending.
  const canRequest =
    record.can.requestExtension &&
    !requests.some((r) => r.status === 'pending');

  const close = () => {
    setDialog(null);
    setText('');
    setDate('');
  };
  const { mutate: send } = useApiMutation(
    (current: NonNullable<Dialog>) =>
      current.kind === 'request'
        ? dataProvider.requestExtension(record.id, {
            reason: text.trim(),
            proposedDueDate: date,
          })
        : dataProvider.decideExtension(current.request.id, {
            approve: current.approve,
            note: text.trim() || undefined,
          }),
    { success: 'luyue.show.sent', onSuccess: close },
  );

  return (
    <Section
      title="luyue.show.extensions"
      testId="extension-panel"
      action={
        canRequest && (
          <Button
            size="small"
            onClick={() => setDialog({ kind: 'request' })}
            data-testid="extension-request"
          >
            {translate('luyue.show.request_extension')}
          </Button>
        )
      }
    >
      {requests.length === 0 && (
        <Typography color="text.secondary">
          {translate('luyue.show.none')}
        </Typography>
      )}
      {requests.map((r) => (
        <Stack
          key={r.id}
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', py: 0.5 }}
          data-testid="extension-item"
        >
          <Chip
            size="small"
            label={translate(`luyue.extensionStatus.${r.status}`)}
          />
          <Typography variant="body2">
            → {formatDay(r.proposedDueDate)}
          </Typography>
          <Typography variant="body2" sx={{ flex: 1 }}>
            {r.reason}
            {r.decisionNote ? ` · ${r.decisionNote}` : ''}
          </Typography>
          {record.can.decideExtension && r.status === 'pending' && (
            <>
              <Button
                size="small"
                onClick={() =>
                  setDialog({ kind: 'decide', request: r, approve: true })
                }
                data-testid="extension-approve"
              >
                {translate('luyue.show.approve')}
              </Button>
              <Button
                size="small"
                color="warning"
                onClick={() =>
                  setDialog({ kind: 'decide', request: r, approve: false })
                }
              >
                {translate('luyue.show.refuse')}
              </Button>
            </>
          )}
        </Stack>
      ))}
      <FormDialog
        open={dialog !== null}
        title={
          dialog?.kind === 'request'
            ? 'luyue.show.request_extension'
            : dialog?.approve
              ? 'luyue.show.approve'
              : 'luyue.show.refuse'
        }
        onClose={close}
        onConfirm={() => dialog && send(dialog)}
        disabled={
          dialog?.kind === 'request'
            ? !text.trim() || !date
            : dialog?.approve === false && !text.trim() // the api requires a reason to refuse
        }
        testId="extension-dialog"
      >
        <TextField
          multiline
          minRows={2}
          label={translate(
            dialog?.kind === 'request'
              ? 'luyue.show.reason'
              : 'luyue.show.decision_note',
          )}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {dialog?.kind === 'request' && (
          <TextField
            type="date"
            label={translate('luyue.show.proposed_due_date')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        )}
      </FormDialog>
    </Section>
  );
}
