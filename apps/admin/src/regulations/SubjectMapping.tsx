import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { OptionSelect, type Option } from '../common/OptionSelect';

/** One body select per subject the extractor could not match to a known body or alias. */
export function SubjectMapping({
  subjects,
  bodies,
  mapping,
  onChange,
}: {
  subjects: string[];
  bodies: Option[];
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
}) {
  const translate = useTranslate();
  if (subjects.length === 0) return null;
  return (
    <Stack spacing={1.5} data-testid="subject-mappings">
      <Typography variant="h6">
        {translate('luyue.import.unresolved')}
      </Typography>
      {subjects.map((subject) => (
        <Stack
          key={subject}
          direction="row"
          spacing={2}
          sx={{ alignItems: 'center' }}
          data-testid="subject-mapping"
          data-subject={subject}
        >
          <Typography sx={{ minWidth: 240 }}>{subject}</Typography>
          <OptionSelect
            label="luyue.import.body"
            emptyLabel="luyue.import.none"
            value={mapping[subject] ?? ''}
            onChange={(bodyId) => onChange({ ...mapping, [subject]: bodyId })}
            options={bodies}
            testId="subject-body"
          />
        </Stack>
      ))}
    </Stack>
  );
}
