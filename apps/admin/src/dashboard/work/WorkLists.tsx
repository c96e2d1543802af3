import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { ACTIVE_STATUSES } from '@luyue/contracts';
import { useLuyueDataProvider } from '../../api/dataProvider';
import { addDays } from '../../common/dates';
import { lazyPage } from '../../common/lazyPage';
import { useRole } from '../../common/useRole';
import { obligationsLink } from '../listLink';
import { WorkListCard } from './WorkListCard';

// recharts is loaded only when a dashboard draws a chart.
const TrendChart = lazyPage(() =>
  import('./TrendChart').then((m) => m.TrendChart),
);

/** The dashboard's work: what is late, what is due, what waits for my decision, and the trend. */
export function WorkLists() {
  const role = useRole();
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
  const { data } = useQuery({
    queryKey: ['dashboard-work'],
    queryFn: async () => (await dataProvider.workDashboard()).data,
    retry: false,
  });
  if (!data) return null;
  const active = [...ACTIVE_STATUSES];
  return (
    <Stack spacing={2} sx={{ mb: 2 }} data-testid="work-lists">
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <WorkListCard
          title="luyue.backoffice.work.overdue"
          list={data.overdue}
          testId="work-overdue"
          more={obligationsLink({
            status: active,
            dueTo: addDays(data.today, -1),
          })}
        />
        <WorkListCard
          title="luyue.backoffice.work.due_this_week"
          list={data.dueThisWeek}
          testId="work-due-this-week"
          more={obligationsLink({
            status: active,
            dueFrom: data.today,
            dueTo: addDays(data.today, 6),
          })}
        />
      </Stack>
      {role !== 'staff' && (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <WorkListCard
            title="luyue.backoffice.work.verify"
            list={data.awaitingVerification}
            testId="work-verify"
            more={obligationsLink({ status: ['submitted'] })}
          />
          <WorkListCard
            title="luyue.backoffice.work.extensions"
            list={data.extensionRequests}
            testId="work-extensions"
            more={obligationsLink({ status: active })}
            extra={(item) =>
              translate('luyue.backoffice.work.proposed', {
                date: item.proposedDueDate,
              })
            }
          />
        </Stack>
      )}
      <TrendChart trend={data.trend} />
    </Stack>
  );
}
