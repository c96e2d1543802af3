import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ObligationStatus } from '@luyue/contracts';

const COLORS: Record<
  ObligationStatus,
  'default' | 'primary' | 'info' | 'warning' | 'success' | 'secondary'
> = {
  draft: 'secondary',
  pending: 'info',
  acknowledged: 'info',
  in_progress: 'primary',
  submitted: 'warning',
  done: 'success',
  waived: 'default',
  discarded: 'default',
};

export function StatusChip({ status }: { status: ObligationStatus }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[status] ?? 'default'}
      label={translate(`luyue.status.${status}`)}
      data-testid="status-chip"
      data-status={status}
    />
  );
}

/** Status column of an obligation list. */
export function StatusField(_props: {
  label?: string;
  source?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext<{ status: ObligationStatus }>();
  return record ? <StatusChip status={record.status} /> : null;
}
