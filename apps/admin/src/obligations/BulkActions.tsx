import { useState } from 'react';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import {
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
  useGetList,
} from 'react-admin';
import { apiCall, errorMessage } from '../api/http';
import { OptionSelect, useBodies } from '../common/OptionSelect';
import { FormDialog } from '../common/FormDialog';
import { useRole } from '../common/useRole';

/** Runs a bulk request, then reports, clears the selection and reloads the list. */
function useBulkRunner() {
  const { selectedIds } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('obligations');
  return {
    selectedIds,
    async run(request: (ids: string[]) => Promise<unknown>): Promise<boolean> {
      try {
        await request(selectedIds.map(String));
        notify('luyue.bulk.done', {
          type: 'success',
          messageArgs: { smart_count: selectedIds.length },
        });
        unselectAll();
        return true;
      } catch (e) {
        notify(errorMessage(e), { type: 'error' });
        return false;
      } finally {
        refresh();
      }
    },
  };
}

/** PUT /obligations/:id for each selected row, echoing the version the user saw (409 if stale). */
function useVersionedUpdate() {
  const { data: rows = [] } = useListContext();
  const versionOf = (id: string) =>
    rows.find((r) => String(r.id) === id)?.version;
  return (ids: string[], data: Record<string, unknown>) =>
    Promise.all(
      ids.map((id) =>
        apiCall(`/obligations/${id}`, {
          method: 'PUT',
          body: { ...data, version: versionOf(id) },
        }),
      ),
    );
}

export function BulkAssignButton() {
  const translate = useTranslate();
  const role = useRole();
  const bodies = useBodies();
  const { run } = useBulkRunner();
  const update = useVersionedUpdate();
  const [open, setOpen] = useState(false);
  const [bodyId, setBodyId] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  // Only admins may list users; managers assign to a body.
  const { data: users = [] } = useGetList(
    'users',
    { pagination: { page: 1, perPage: 500 } },
    { enabled: open && role === 'admin' },
  );
  const confirm = async () => {
    const ok = await run((ids) =>
      update(ids, {
        leadBodyIds: [bodyId],
        ...(assigneeId ? { assigneeId } : {}),
      }),
    );
    if (ok) setOpen(false);
  };
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
        disabled={!bodyId}
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
  const { run } = useBulkRunner();
  const update = useVersionedUpdate();
  const [open, setOpen] = useState(false);
  const [dueDate, setDueDate] = useState('');
  const confirm = async () => {
    const ok = await run((ids) => update(ids, { dueDate }));
    if (ok) setOpen(false);
  };
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
        disabled={!dueDate}
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
  const { run } = useBulkRunner();
  return (
    <Button
      size="small"
      variant="contained"
      onClick={() =>
        run((ids) =>
          apiCall('/obligations/confirm', {
            method: 'POST',
            body: { ids, mappings: [] },
          }),
        )
      }
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
