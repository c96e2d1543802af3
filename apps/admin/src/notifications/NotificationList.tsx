import {
  Datagrid,
  List,
  NumberField,
  SelectField,
  SelectInput,
  TextField,
  useRecordContext,
} from 'react-admin';
import Typography from '@mui/material/Typography';
import {
  notificationChannelChoices,
  notificationKindChoices,
  notificationStatusChoices,
} from '../common/choices';
import { RetryButton } from './RetryButton';
import { DayField } from '../common/DayField';

const filters = [
  <SelectInput
    key="status"
    source="status"
    choices={notificationStatusChoices}
    alwaysOn
  />,
  <SelectInput key="kind" source="kind" choices={notificationKindChoices} />,
  <SelectInput
    key="channel"
    source="channel"
    choices={notificationChannelChoices}
  />,
];

/** Failed sends show their error in red so an admin can act on them. */
function ErrorCell(_props: { label?: string }) {
  const record = useRecordContext<{ error?: string | null }>();
  return record?.error ? (
    <Typography variant="body2" color="error">
      {record.error}
    </Typography>
  ) : null;
}

export function NotificationList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <SelectField source="kind" choices={notificationKindChoices} />
        <SelectField source="status" choices={notificationStatusChoices} />
        <SelectField
          source="channel"
          choices={notificationChannelChoices}
          sortable={false}
        />
        <TextField source="recipient" sortable={false} />
        <DayField source="day" />
        <NumberField source="attempts" sortable={false} />
        <DayField source="sentAt" withTime sortable={false} />
        <ErrorCell label="resources.notifications.fields.error" />
        <RetryButton />
      </Datagrid>
    </List>
  );
}
