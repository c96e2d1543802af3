import {
  BooleanField,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  TextField,
  useTranslate,
} from 'react-admin';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BodyNames } from '../common/BodyNames';
import {
  modalityChoices,
  priorityChoices,
  recurrenceChoices,
} from '../common/choices';
import { DayField } from '../common/DayField';
import { useRole } from '../common/useRole';
import { Section } from './Section';
import type { ObligationDto } from '@luyue/contracts';

/** Responsibility and scheduling facts of an obligation. */
export function DetailsPanel({ record }: { record: ObligationDto }) {
  const translate = useTranslate();
  const role = useRole();
  return (
    <Section title="luyue.show.details" testId="details-panel">
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
          gap: 2,
        }}
      >
        <Labeled source="leadBodyIds" resource="obligations">
          <BodyNames source="leadBodyIds" record={record} />
        </Labeled>
        <Labeled source="coBodyIds" resource="obligations">
          <BodyNames source="coBodyIds" record={record} />
        </Labeled>
        <Labeled source="dueDate" resource="obligations">
          <DayField source="dueDate" record={record} />
        </Labeled>
        <Labeled source="modality" resource="obligations">
          <SelectField
            source="modality"
            record={record}
            choices={modalityChoices}
          />
        </Labeled>
        <Labeled source="recurrence" resource="obligations">
          <SelectField
            source="recurrence"
            record={record}
            choices={recurrenceChoices}
          />
        </Labeled>
        <Labeled source="priority" resource="obligations">
          <SelectField
            source="priority"
            record={record}
            choices={priorityChoices}
          />
        </Labeled>
        <Labeled source="mechanism" resource="obligations">
          <BooleanField source="mechanism" record={record} />
        </Labeled>
        {/* Users are an admin-only resource: other roles would get a 403 here. */}
        {role === 'admin' && record.assigneeId && (
          <Labeled source="assigneeId" resource="obligations">
            <ReferenceField
              source="assigneeId"
              reference="users"
              record={record}
              link={false}
            >
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
        )}
        {record.confidence != null && (
          <Labeled source="confidence" resource="obligations">
            <NumberField
              source="confidence"
              record={record}
              options={{ style: 'percent' }}
            />
          </Labeled>
        )}
      </Box>
      {record.subjects?.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('resources.obligations.fields.subjects')}:{' '}
          {record.subjects.join('、')}
        </Typography>
      )}
    </Section>
  );
}
