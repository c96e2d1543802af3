import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';
import type { Option } from './OptionSelect';

interface BodyMultiSelectProps {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  options: Option[];
  testId?: string;
}

/** Several bodies picked by name (lead or partner bodies of a draft), outside a react-admin form. */
export function BodyMultiSelect({
  label,
  value,
  onChange,
  options,
  testId,
}: BodyMultiSelectProps) {
  const translate = useTranslate();
  const byId = new Map(options.map((o) => [o.id, o]));
  // Ids not (yet) among the loaded bodies stay selected, shown by id, so a save never drops them.
  const selected = value.map((id) => byId.get(id) ?? { id, name: id });
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={selected}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, picked) => onChange(picked.map((o) => o.id))}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate(label)}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId },
          }}
        />
      )}
    />
  );
}
