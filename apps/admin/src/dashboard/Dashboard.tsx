import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { Title, useGetIdentity } from 'react-admin';
import { ACTIVE_STATUSES, type DashboardDto } from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { addDays, todayInShanghai } from '../common/dates';
import { useRole } from '../common/useRole';
import { CountCard } from './CountCard';
import { LightsCard } from './LightsCard';
import { StatusCountsCard } from './StatusCountsCard';
import { obligationsLink } from './listLink';
import { lazyPage } from '../common/lazyPage';
import { WorkLists } from './work/WorkLists';

// The chart library is the largest dependency: loaded only when a dashboard draws it.
const OverdueChart = lazyPage(() =>
  import('./OverdueChart').then((m) => m.OverdueChart),
);

/** While loading or when the call fails, the cards render empty rather than breaking the home page. */
const EMPTY_DASHBOARD: DashboardDto = {
  byStatus: {},
  lightsByBody: [],
  overdueByBody: [],
  dueThisWeek: 0,
  awaitingVerification: 0,
  myOpen: 0,
  today: '',
};

export function Dashboard() {
  const dataProvider = useLuyueDataProvider();
  const role = useRole();
  const { identity } = useGetIdentity();
  const { data: d = EMPTY_DASHBOARD, isPending } = useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await dataProvider.dashboard()).data,
    retry: false,
  });
  const today = todayInShanghai();
  return (
    // data-loaded: the counts are real (not the empty placeholder), for people's tests and scripts.
    <Box sx={{ mt: 2 }} data-testid="dashboard" data-loaded={!isPending}>
      <Title title="luyue.menu.dashboard" />
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', mb: 2 }}
      >
        <CountCard
          title="luyue.dashboard.due_this_week"
          value={d.dueThisWeek}
          testId="card-due-this-week"
          to={obligationsLink({
            status: [...ACTIVE_STATUSES],
            dueFrom: today,
            dueTo: addDays(today, 6),
          })}
        />
        {role !== 'staff' && (
          <CountCard
            title="luyue.dashboard.awaiting_verification"
            value={d.awaitingVerification}
            testId="card-awaiting"
            to={obligationsLink({ status: ['submitted'] })}
          />
        )}
        {role === 'staff' && (
          <CountCard
            title="luyue.dashboard.my_open"
            value={d.myOpen}
            testId="card-my-open"
            to={obligationsLink({
              status: ['pending', 'acknowledged', 'in_progress'],
              ...(identity?.bodyId ? { bodyId: identity.bodyId } : {}),
            })}
          />
        )}
      </Stack>
      <WorkLists />
      <Stack spacing={2}>
        <StatusCountsCard byStatus={d.byStatus} />
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <LightsCard rows={d.lightsByBody} />
          <OverdueChart rows={d.overdueByBody} />
        </Stack>
      </Stack>
    </Box>
  );
}
