import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Show, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../common/DayField';
import { useRole } from '../common/useRole';
import { NewVersionButton } from './NewVersionDialog';
import { DownloadButton } from '../obligations/ExportButton';
import { ShortTitleEditor } from './ShortTitleEditor';
import type { ObligationDto } from '@luyue/contracts';
import { ProvisionTree } from './ProvisionTree';
import type { Provision } from './provisionTree';

export function RegulationShow() {
  return (
    <Show emptyWhileLoading>
      <RegulationPage />
    </Show>
  );
}

function RegulationPage() {
  const record = useRecordContext();
  const translate = useTranslate();
  const role = useRole();
  const regulationId = record?.id;
  const { data: provisions = [] } = useGetList<Provision>(
    'provisions',
    {
      filter: { regulationId },
      sort: { field: 'ordinal', order: 'ASC' },
      pagination: { page: 1, perPage: 1000 },
    },
    { enabled: !!regulationId },
  );
  const { data: obligations = [] } = useGetList<ObligationDto>(
    'obligations',
    {
      filter: { regulationId },
      sort: { field: 'article', order: 'ASC' },
      pagination: { page: 1, perPage: 1000 },
    },
    { enabled: !!regulationId },
  );
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }} data-testid="regulation-show">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5">{record.title}</Typography>
        <Chip
          size="small"
          label={translate('luyue.version.label', { version: record.version })}
          data-testid="regulation-version"
        />
        {record.amendedAt && (
          <Chip
            size="small"
            color="warning"
            label={translate('luyue.version.amended', {
              date: String(record.amendedAt).slice(0, 10),
            })}
          />
        )}
        <ShortTitleEditor
          id={String(record.id)}
          shortTitle={record.shortTitle ?? null}
          editable={role === 'admin'}
        />
        <DownloadButton format="docx" filter={{ regulationId: record.id }} />
        {role === 'admin' && (
          <NewVersionButton
            regulationId={String(record.id)}
            title={record.title}
          />
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {[record.documentNumber, record.issuer].filter(Boolean).join(' · ')}{' '}
        <DayField source="effectiveDate" />
      </Typography>
      <Typography variant="subtitle2" sx={{ mb: 2 }}>
        {translate('luyue.regulation.obligations')}: {obligations.length}
      </Typography>
      <ProvisionTree provisions={provisions} obligations={obligations} />
    </Box>
  );
}
