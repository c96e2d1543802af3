import Button from '@mui/material/Button';
import { useRecordContext, useTranslate } from 'react-admin';
import type { NotificationDto } from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { useApiMutation } from '../common/useApiMutation';

/** A failed notification can be sent again (POST /notifications/:id/retry, admins). */
export function RetryButton(_props: { label?: string }) {
  const record = useRecordContext<NotificationDto>();
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
  const { mutate: retry, isPending } = useApiMutation(
    (id: string) => dataProvider.retryNotification(id),
    { success: 'luyue.notify.retried' },
  );
  if (record?.status !== 'failed') return null;
  return (
    <Button
      size="small"
      disabled={isPending}
      onClick={() => retry(record.id)}
      data-testid="notification-retry"
    >
      {translate('luyue.notify.retry')}
    </Button>
  );
}
