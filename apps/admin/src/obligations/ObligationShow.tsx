import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  EditButton,
  Show,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LightDot } from '../common/LightDot';
import { StatusChip } from '../common/StatusChip';
import { DetailsPanel } from './DetailsPanel';
import { EvidencePanel } from './EvidencePanel';
import { ExtensionPanel } from './ExtensionPanel';
import { HistoryTimeline } from './HistoryTimeline';
import { ProgressPanel } from './ProgressPanel';
import { SourcePanel } from './SourcePanel';
import { TransitionButtons } from './TransitionButtons';
import type { ObligationDto } from '@luyue/contracts';

/** Edit only where the api says this user may (`can.edit`). */
function ShowActions() {
  const record = useRecordContext<ObligationDto>();
  return <TopToolbar>{record?.can.edit && <EditButton />}</TopToolbar>;
}

export function ObligationShow() {
  return (
    <Show actions={<ShowActions />} emptyWhileLoading>
      <ObligationPage />
    </Show>
  );
}

function ObligationPage() {
  const record = useRecordContext<ObligationDto>();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }} data-testid="obligation-show" data-id={record.id}>
      <Header record={record} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
          gap: 2,
          mt: 2,
        }}
      >
        <Stack spacing={2}>
          <SourcePanel record={record} />
          <DetailsPanel record={record} />
        </Stack>
        <Stack spacing={2}>
          <ProgressPanel record={record} />
          <EvidencePanel record={record} />
          <ExtensionPanel record={record} />
          <HistoryTimeline obligationId={String(record.id)} />
        </Stack>
      </Box>
    </Box>
  );
}

function Header({ record }: { record: ObligationDto }) {
  const translate = useTranslate();
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <LightDot light={record.light} size={18} />
        {/* Stored text is rendered as a React child: escaped, never parsed as HTML. */}
        <Typography variant="h5" data-testid="obligation-title">
          {record.title || record.text}
        </Typography>
        <StatusChip status={record.status} />
        {record.overdue && (
          <Chip
            size="small"
            color="error"
            label={translate('luyue.list.overdue')}
            data-testid="overdue-mark"
          />
        )}
      </Stack>
      <TransitionButtons record={record} />
    </Stack>
  );
}
