import {
  AutocompleteInput,
  DateInput,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
} from 'react-admin';
import type { Role } from '@luyue/contracts';
import {
  lightChoices,
  modalityChoices,
  statusChoices,
} from '../common/choices';

const bodyInput = (source: string) => (
  <ReferenceInput
    key={source}
    source={source}
    reference="bodies"
    sort={{ field: 'name', order: 'ASC' }}
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>
);

/** The api's obligation filters; the assignee filter needs the admin-only users resource. */
export function obligationFilters(role: Role | undefined) {
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput
      key="status"
      source="status"
      choices={statusChoices}
      alwaysOn
      sx={{ minWidth: 180 }}
    />,
    <SelectInput key="light" source="light" choices={lightChoices} />,
    bodyInput('leadBodyId'),
    bodyInput('bodyId'),
    // Typed text searches title and 简称 (the api's q); alwaysOn: "which document" is the first question.
    <ReferenceInput
      key="regulationId"
      source="regulationId"
      reference="regulations"
      alwaysOn
    >
      <AutocompleteInput
        optionText={(r: { title: string; shortTitle?: string }) =>
          r.shortTitle ? `${r.shortTitle} ${r.title}` : r.title
        }
        sx={{ minWidth: 280 }}
        data-testid="filter-regulation"
      />
    </ReferenceInput>,
    <SelectInput key="modality" source="modality" choices={modalityChoices} />,
    <NullableBooleanInput key="mechanism" source="mechanism" />,
    <NullableBooleanInput key="overdue" source="overdue" />,
    <DateInput key="dueFrom" source="dueFrom" />,
    <DateInput key="dueTo" source="dueTo" />,
    ...(role === 'admin'
      ? [
          <ReferenceInput
            key="assigneeId"
            source="assigneeId"
            reference="users"
          >
            <AutocompleteInput optionText="name" />
          </ReferenceInput>,
        ]
      : []),
  ];
}
