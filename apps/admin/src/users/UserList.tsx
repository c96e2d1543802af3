import {
  BooleanField,
  Datagrid,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { roleChoices } from '../common/choices';

export function UserList() {
  return (
    <List
      filters={[
        <SearchInput key="q" source="q" alwaysOn />,
        <SelectInput key="role" source="role" choices={roleChoices} />,
      ]}
      exporter={false}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="email" />
        <SelectField source="role" choices={roleChoices} />
        <ReferenceField
          source="bodyId"
          reference="bodies"
          link={false}
          sortable={false}
        />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}
