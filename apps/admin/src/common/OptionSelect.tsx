import TextField from '@mui/material/TextField';
import { useGetList, useTranslate } from 'react-admin';

/** Anything with an id and a display name: bodies, users. */
export interface Option {
  id: string;
  name: string;
}

/**
 * All bodies, for the plain selects of dialogs and the import mapping (not form inputs).
 * `enabled: false` defers the request, e.g. until a dialog opens.
 */
export function useBodies(enabled = true): Option[] {
  const { data = [] } = useGetList<Option>(
    'bodies',
    {
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'name', order: 'ASC' },
    },
    { enabled },
  );
  return data;
}

interface OptionSelectProps {
  label: string;
  value: string;
  onChange: (id: string) => void;
  options: Option[];
  emptyLabel?: string;
  testId?: string;
}

// A native select: keyboard friendly and easy to drive from browser tests.
export function OptionSelect({
  label,
  value,
  onChange,
  options,
  emptyLabel = 'luyue.common.none',
  testId,
}: OptionSelectProps) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{
        select: { native: true },
        inputLabel: { shrink: true },
        htmlInput: { 'data-testid': testId, 'aria-label': translate(label) },
      }}
      fullWidth
    >
      <option value="">{translate(emptyLabel)}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </TextField>
  );
}
