import {
  AutocompleteInput,
  ReferenceInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
  required,
} from 'react-admin';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';

export function BodyForm() {
  return (
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" validate={required()} fullWidth />
      <ReferenceInput
        source="parentId"
        reference="bodies"
        perPage={1000}
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <TextArrayInput source="aliases" />
      <TextInput source="level" />
    </SimpleForm>
  );
}
