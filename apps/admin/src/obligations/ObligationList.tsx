import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SelectField,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { BodyNames } from '../common/BodyNames';
import { modalityChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { LIGHT_COLORS, LightField } from '../common/LightDot';
import { StatusField } from '../common/StatusChip';
import { useRole } from '../common/useRole';
import { ObligationBulkActions } from './BulkActions';
import { ExportButton } from './ExportButton';
import { obligationFilters } from './ObligationFilters';
import { OBLIGATION_LIST_PER_PAGE, OBLIGATION_LIST_SORT } from './listDefaults';
import { citation } from '../regulations/shortTitle';
import type { ObligationDto } from '@luyue/contracts';

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ExportButton />
      <ExportButton format="docx" />
    </TopToolbar>
  );
}

/** Total under the filters, for people and for the browser tests. */
function ListTotal() {
  const { total } = useListContext();
  const translate = useTranslate();
  if (total == null) return null;
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      sx={{ px: 2, pt: 1 }}
      data-testid="list-total"
      data-total={total}
    >
      {translate('luyue.list.total', { total })}
    </Typography>
  );
}

/** Colour bar = traffic light; overdue rows get a red tint as well. */
const rowSx = (record: ObligationDto) => ({
  borderLeft: `4px solid ${LIGHT_COLORS[record.light] ?? LIGHT_COLORS.none}`,
  ...(record.overdue ? { bgcolor: 'rgba(211, 47, 47, 0.07)' } : {}),
});

/** Room for the title; short columns never wrap (Datagrid tags cells with column-<source>). */
const columnSx = {
  '& .column-title': { minWidth: 320 },
  '& .column-leadBodyIds': { maxWidth: 240 },
  '& .column-light, & .column-status, & .column-modality, & .column-dueDate': {
    whiteSpace: 'nowrap',
  },
  '& .column-article': { minWidth: 140 },
  '& .column-latestProgress': { maxWidth: 240 },
};

function TitleCell({ record }: { record: ObligationDto }) {
  const translate = useTranslate();
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center' }}
      data-testid="obligation-row"
      data-id={record.id}
      data-status={record.status}
      data-lead={(record.leadBodyIds ?? []).join(',')}
      data-bodies={[
        ...(record.leadBodyIds ?? []),
        ...(record.coBodyIds ?? []),
      ].join(',')}
    >
      <span>{record.title || record.text}</span>
      {record.overdue && (
        <Chip
          size="small"
          color="error"
          label={translate('luyue.list.overdue')}
          data-testid="overdue-mark"
        />
      )}
    </Stack>
  );
}

/** 《简称》第N条: which document, which article. */
function CitationCell({ record }: { record: ObligationDto }) {
  const translate = useTranslate();
  const article =
    record.article != null
      ? translate('luyue.division.article', { number: record.article })
      : '';
  return (
    <span
      title={record.regulationTitle ?? undefined}
      data-testid="obligation-citation"
    >
      {citation(record.regulationShortTitle, article)}
    </span>
  );
}

export function ObligationList() {
  const role = useRole();
  return (
    <List
      filters={obligationFilters(role)}
      actions={<ListActions />}
      sort={OBLIGATION_LIST_SORT}
      perPage={OBLIGATION_LIST_PER_PAGE}
      exporter={false}
    >
      <ListTotal />
      <Datagrid
        rowClick="show"
        rowSx={rowSx}
        sx={columnSx}
        bulkActionButtons={role === 'staff' ? false : <ObligationBulkActions />}
      >
        {/* Only the columns the api can order by are sortable (it answers 400 otherwise). */}
        <LightField
          source="light"
          label="resources.obligations.fields.light"
          sortable={false}
        />
        <FunctionField<ObligationDto>
          source="title"
          render={(record) => <TitleCell record={record} />}
        />
        <StatusField
          source="status"
          label="resources.obligations.fields.status"
        />
        <SelectField
          source="modality"
          choices={modalityChoices}
          sortable={false}
        />
        <BodyNames source="leadBodyIds" sortable={false} />
        <DayField source="dueDate" />
        <FunctionField<ObligationDto>
          source="article"
          label="luyue.backoffice.citation"
          render={(record) => <CitationCell record={record} />}
        />
        <FunctionField<ObligationDto>
          source="latestProgress"
          sortable={false}
          render={(r) =>
            r.latestProgress ? (
              <Typography variant="body2" noWrap sx={{ maxWidth: 240 }}>
                {r.latestProgress.note}
              </Typography>
            ) : null
          }
        />
      </Datagrid>
    </List>
  );
}
