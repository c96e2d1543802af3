import {
  AutocompleteArrayInput,
  DateInput,
  Edit,
  ReferenceArrayInput,
  SelectInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
  required,
} from 'react-admin';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import {
  modalityChoices,
  priorityChoices,
  recurrenceChoices,
} from '../common/choices';
import type { ObligationDto } from '@luyue/contracts';

/** Fields the api accepts on PUT; derived ones (light, overdue, allowedTransitions…) stay out. */
const EDITABLE = [
  'title',
  'text',
  'modality',
  'recurrence',
  'priority',
  'dueDate',
  'leadBodyIds',
  'coBodyIds',
  'assigneeId',
  'subjects',
] as const;

export function pickEditable(
  record: Partial<ObligationDto>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { version: record.version };
  for (const key of EDITABLE) if (key in record) out[key] = record[key];
  return out;
}

export function ObligationEdit() {
  return (
    // Pessimistic: a 409 stale_version must show up before the user leaves the page.
    <Edit
      mutationMode="pessimistic"
      transform={(data: ObligationDto) => pickEditable(data)}
      redirect="show"
    >
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="title" fullWidth validate={required()} />
        <TextInput
          source="text"
          fullWidth
          multiline
          minRows={3}
          validate={required()}
        />
        <SelectInput
          source="modality"
          choices={modalityChoices}
          validate={required()}
        />
        <ReferenceArrayInput
          source="leadBodyIds"
          reference="bodies"
          perPage={500}
        >
          <AutocompleteArrayInput optionText="name" />
        </ReferenceArrayInput>
        <ReferenceArrayInput
          source="coBodyIds"
          reference="bodies"
          perPage={500}
        >
          <AutocompleteArrayInput optionText="name" />
        </ReferenceArrayInput>
        <DateInput source="dueDate" />
        <SelectInput source="recurrence" choices={recurrenceChoices} />
        <SelectInput source="priority" choices={priorityChoices} />
        <TextArrayInput source="subjects" />
      </SimpleForm>
    </Edit>
  );
}
