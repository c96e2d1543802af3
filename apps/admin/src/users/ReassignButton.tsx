import { useState } from 'react';
import Button from '@mui/material/Button';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useLuyueDataProvider } from '../api/dataProvider';
import { useApiMutation } from '../common/useApiMutation';
import { OptionSelect } from '../common/OptionSelect';
import { FormDialog } from '../common/FormDialog';

/** Hands every open obligation of this user to another one (e.g. someone leaving the body). */
export function ReassignButton() {
  const record = useRecordContext<{ id: string; name: string }>();
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
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
  const { mutate: reassign, isPending } = useApiMutation(
    ({ from, to }: { from: string; to: string }) =>
      dataProvider.reassign(from, to),
    {
      success: ({ data }) => ({
        message: 'luyue.bulk.done',
        args: { smart_count: data.reassigned },
      }),
      onSuccess: () => setOpen(false),
    },
  );
  if (!record) return null;
  const confirm = () => reassign({ from: record.id, to: toUserId });
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
        disabled={!toUserId || isPending}
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
