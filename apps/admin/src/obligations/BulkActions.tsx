import { useState } from 'react';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import {
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
  useUpdateMany,
  useGetList,
} from 'react-admin';
import type { ObligationDto, ObligationEditFields } from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { errorMessage } from '../api/http';
import { OptionSelect, useBodies } from '../common/OptionSelect';
import { FormDialog } from '../common/FormDialog';
import { useRole } from '../common/useRole';

/** Reports a finished bulk action: success clears the selection; either way the list reloads. */
function useBulkOutcome() {
  const { selectedIds } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('obligations');
  return {
    selectedIds: selectedIds.map(String),
    onSuccess: (onDone?: () => void) => () => {
      notify('luyue.bulk.done', {
        type: 'success',
        messageArgs: { smart_count: selectedIds.length },
      });
      unselectAll();
      onDone?.();
    },
    onError: (e: unknown) => notify(errorMessage(e), { type: 'error' }),
    onSettled: () => refresh(),
  };
}

/**
 * The same edit for every selected row, as one request the api applies in one transaction (all
 * or nothing), echoing the version of each row the user saw (409 if one changed meanwhile; a row
 * selected on another page goes without one, and the edit applies to it as it is).
 */
function useBulkEdit() {
  const { data: rows = [] } = useListContext<ObligationDto>();
  const outcome = useBulkOutcome();
  const [updateMany, { isPending }] = useUpdateMany<ObligationDto>();
  const edit = (data: ObligationEditFields, onDone: () => void) => {
    const versions = Object.fromEntries(
      rows
        .filter((r) => outcome.selectedIds.includes(String(r.id)))
        .map((r) => [String(r.id), r.version]),
    );
    return updateMany(
      'obligations',
      { ids: outcome.selectedIds, data, meta: { versions } },
      {
        onSuccess: outcome.onSuccess(onDone),
        onError: outcome.onError,
        onSettled: outcome.onSettled,
      },
    );
  };
  return { edit, isPending };
}

export function BulkAssignButton() {
  const translate = useTranslate();
  const role = useRole();
  const { edit, isPending } = useBulkEdit();
  const [open, setOpen] = useState(false);
  // Read when the dialog opens, not on every render of the obligation list's toolbar.
  const bodies = useBodies(open);
  const [bodyId, setBodyId] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  // Only admins may list users; managers assign to a body.
  const { data: users = [] } = useGetList(
    'users',
    { pagination: { page: 1, perPage: 500 } },
    { enabled: open && role === 'admin' },
  );
  const confirm = () =>
    edit({ leadBodyIds: [bodyId], ...(assigneeId ? { assigneeId } : {}) }, () =>
      setOpen(false),
    );
  return (
    <>
      <Button
        size="small"
        onClick={() => setOpen(true)}
        data-testid="bulk-assign"
      >
        {translate('luyue.bulk.assign')}
      </Button>
      <FormDialog
        open={open}
        title="luyue.bulk.assign"
        onClose={() => setOpen(false)}
        onConfirm={confirm}
        disabled={!bodyId || isPending}
        testId="assign-dialog"
      >
        <OptionSelect
          label="luyue.bulk.lead_body"
          value={bodyId}
          onChange={setBodyId}
          options={bodies}
          testId="assign-body"
        />
        {role === 'admin' && (
          <OptionSelect
            label="luyue.bulk.assignee"
            value={assigneeId}
            onChange={setAssigneeId}
            options={users.map((u) => ({ id: String(u.id), name: u.name }))}
          />
        )}
      </FormDialog>
    </>
  );
}

export function BulkDueDateButton() {
  const translate = useTranslate();
  const { edit, isPending } = useBulkEdit();
  const [open, setOpen] = useState(false);
  const [dueDate, setDueDate] = useState('');
  const confirm = () => edit({ dueDate }, () => setOpen(false));
  return (
    <>
      <Button
        size="small"
        onClick={() => setOpen(true)}
        data-testid="bulk-due-date"
      >
        {translate('luyue.bulk.set_due_date')}
      </Button>
      <FormDialog
        open={open}
        title="luyue.bulk.set_due_date"
        onClose={() => setOpen(false)}
        onConfirm={confirm}
        disabled={!dueDate || isPending}
        testId="due-date-dialog"
      >
        <TextField
          type="date"
          label={translate('luyue.bulk.due_date')}
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'due-date-input' },
          }}
        />
      </FormDialog>
    </>
  );
}

export function BulkConfirmButton() {
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
  const outcome = useBulkOutcome();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.confirmDrafts(outcome.selectedIds),
    onSuccess: outcome.onSuccess(),
    onError: outcome.onError,
    onSettled: outcome.onSettled,
  });
  return (
    <Button
      size="small"
      variant="contained"
      disabled={isPending}
      onClick={() => mutate()}
      data-testid="bulk-confirm"
    >
      {translate('luyue.bulk.confirm_drafts')}
    </Button>
  );
}

/** Bulk actions by role: managers assign and reschedule, admins also confirm drafts. */
export function ObligationBulkActions() {
  const role = useRole();
  return (
    <>
      <BulkAssignButton />
      <BulkDueDateButton />
      {role === 'admin' && <BulkConfirmButton />}
    </>
  );
}
