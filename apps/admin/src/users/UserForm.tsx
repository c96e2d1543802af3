import {
  AutocompleteInput,
  BooleanInput,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  required,
} from 'react-admin';
import { roleChoices } from '../common/choices';

/** Password is required only when creating; left empty on edit it stays unchanged. */
export function UserForm({ create = false }: { create?: boolean }) {
  return (
    <SimpleForm>
      <TextInput source="email" validate={[required(), email()]} />
      <TextInput source="name" validate={required()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <ReferenceInput
        source="bodyId"
        reference="bodies"
        perPage={1000}
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <BooleanInput source="active" defaultValue />
      <PasswordInput
        source="password"
        validate={create ? required() : undefined}
      />
    </SimpleForm>
  );
}
