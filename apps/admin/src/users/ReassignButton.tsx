import { useState } from 'react';
import Button from '@mui/material/Button';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apiCall, errorMessage } from '../api/http';
import { OptionSelect } from '../common/OptionSelect';
import { FormDialog } from '../common/FormDialog';

/** Hands every open obligation of this user to another one (e.g. someone leaving the body). */
export function ReassignButton() {
  const record = useRecordContext<{ id: string; name: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [toUserId, setToUserId] = useState('');
  const { data: users = [] } = useGetList<{
    id: string;
    name: string;
    email: string;
  }>(
    'users',
    {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'name', order: 'ASC' },
      filter: { active: true },
    },
    { enabled: open },
  );
  if (!record) return null;
  const confirm = async () => {
    try {
      const result = await apiCall<{ reassigned: number }>(
        '/obligations/reassign',
        {
          method: 'POST',
          body: { fromUserId: record.id, toUserId },
        },
      );
      notify('luyue.bulk.done', {
        type: 'success',
        messageArgs: { smart_count: result.reassigned },
      });
      setOpen(false);
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      refresh();
    }
  };
  const options = users
    .filter((u) => u.id !== record.id)
    .map((u) => ({ id: u.id, name: `${u.name} <${u.email}>` }));
  return (
    <>
      <Button
        size="small"
        startIcon={<SwapHorizIcon />}
        onClick={() => setOpen(true)}
        data-testid="reassign-button"
      >
        {translate('luyue.users.reassign')}
      </Button>
      <FormDialog
        open={open}
        title="luyue.users.reassign"
        onClose={() => setOpen(false)}
        onConfirm={confirm}
        disabled={!toUserId}
        testId="reassign-dialog"
      >
        <OptionSelect
          label="luyue.users.reassign_to"
          value={toUserId}
          onChange={setToUserId}
          options={options}
        />
      </FormDialog>
    </>
  );
}
