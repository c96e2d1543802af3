import { Create, Edit } from 'react-admin';
import { BodyForm } from './BodyForm';

export function BodyEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <BodyForm />
    </Edit>
  );
}

export function BodyCreate() {
  return (
    <Create redirect="list">
      <BodyForm />
    </Create>
  );
}
