import Button from '@mui/material/Button';
import { Link } from 'react-router-dom';
import {
  CreateButton,
  List,
  SearchInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useRole } from '../common/useRole';
import { BodyTree } from './BodyTree';

function Actions() {
  const translate = useTranslate();
  if (useRole() !== 'admin') return <TopToolbar />;
  return (
    <TopToolbar>
      <Button
        size="small"
        component={Link}
        to="/body-registry"
        data-testid="open-body-registry"
      >
        {translate('luyue.backoffice.registry.title')}
      </Button>
      <CreateButton />
    </TopToolbar>
  );
}

export function BodyList() {
  // One page holds every body: a tree cannot be paginated meaningfully.
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      actions={<Actions />}
      perPage={1000}
      pagination={false}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
    >
      <BodyTree />
    </List>
  );
}
