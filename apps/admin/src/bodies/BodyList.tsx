import { CreateButton, List, SearchInput, TopToolbar } from 'react-admin';
import { useRole } from '../common/useRole';
import { BodyTree } from './BodyTree';

function Actions() {
  return <TopToolbar>{useRole() === 'admin' && <CreateButton />}</TopToolbar>;
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
