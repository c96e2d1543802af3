import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { OBLIGATION_STATUSES, type DashboardDto } from '@luyue/contracts';
import { obligationsLink } from './listLink';

export function StatusCountsCard({
  byStatus,
}: {
  byStatus: DashboardDto['byStatus'];
}) {
  const translate = useTranslate();
  return (
    <Card data-testid="status-counts">
      <CardHeader title={translate('luyue.dashboard.by_status')} />
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {OBLIGATION_STATUSES.map((status) => (
            <Chip
              key={status}
              clickable
              component={Link}
              to={obligationsLink({ status: [status] })}
              label={`${translate(`luyue.status.${status}`)} ${byStatus[status] ?? 0}`}
              data-testid={`status-count-${status}`}
            />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
