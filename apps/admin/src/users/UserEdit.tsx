import { Create, Edit, ListButton, TopToolbar } from 'react-admin';
import { ReassignButton } from './ReassignButton';
import { UserForm } from './UserForm';

// Never send an empty password: the api would take it as "set the password to ''".
const dropEmptyPassword = (data: Record<string, unknown>) => {
  const { password, ...rest } = data;
  return password ? { ...rest, password } : rest;
};

export function UserEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      transform={dropEmptyPassword}
      actions={
        <TopToolbar>
          <ReassignButton />
          <ListButton />
        </TopToolbar>
      }
    >
      <UserForm />
    </Edit>
  );
}

export function UserCreate() {
  return (
    <Create redirect="list">
      <UserForm create />
    </Create>
  );
}
