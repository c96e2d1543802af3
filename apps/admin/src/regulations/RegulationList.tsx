import {
  CreateButton,
  Datagrid,
  List,
  NumberField,
  SearchInput,
  TextField,
  TopToolbar,
  FunctionField,
  useTranslate,
} from 'react-admin';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { DayField } from '../common/DayField';
import { useRole } from '../common/useRole';

function ListActions() {
  const role = useRole();
  // "Create" of a regulation is the import page.
  return (
    <TopToolbar>
      {role === 'admin' && (
        <CreateButton
          label="luyue.menu.import"
          icon={<CloudUploadIcon />}
          data-testid="import-button"
        />
      )}
    </TopToolbar>
  );
}

export function RegulationList() {
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      actions={<ListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" />
        <TextField source="documentNumber" sortable={false} />
        <TextField source="issuer" sortable={false} />
        <DayField source="effectiveDate" />
        <VersionField source="version" />
        <NumberField source="obligationCount" sortable={false} />
        <DayField source="createdAt" />
      </Datagrid>
    </List>
  );
}

/** 第 N 版, and 已修订 with the date once an amended text was imported. */
function VersionField(_props: { source: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      source="version"
      render={(r: { version?: number; amendedAt?: string | null }) =>
        `${translate('luyue.version.label', { version: r.version ?? 1 })}${r.amendedAt ? ` · ${translate('luyue.version.amended', { date: String(r.amendedAt).slice(0, 10) })}` : ''}`
      }
    />
  );
}
