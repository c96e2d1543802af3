import Button from '@mui/material/Button';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { apiCall, errorMessage } from '../api/http';

/** A failed notification can be sent again (POST /notifications/:id/retry, admins). */
export function RetryButton(_props: { label?: string }) {
  const record = useRecordContext<{ id: string; status: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (record?.status !== 'failed') return null;
  const retry = async () => {
    try {
      await apiCall(`/notifications/${encodeURIComponent(record.id)}/retry`, { method: 'POST' });
      notify('luyue.notify.retried', { type: 'success' });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    }
  };
  return (
    <Button size="small" onClick={() => void retry()} data-testid="notification-retry">
      {translate('luyue.notify.retry')}
    </Button>
  );
}
