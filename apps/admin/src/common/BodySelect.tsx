import TextField from '@mui/material/TextField';
import { useGetList, useTranslate } from 'react-admin';

export interface BodyOption {
  id: string;
  name: string;
}

/** All bodies, for the plain selects of dialogs and the import mapping (not form inputs). */
export function useBodies(): BodyOption[] {
  const { data = [] } = useGetList<BodyOption>('bodies', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
  });
  return data;
}

interface BodySelectProps {
  label: string;
  value: string;
  onChange: (bodyId: string) => void;
  bodies: BodyOption[];
  emptyLabel?: string;
  testId?: string;
}

// A native select: keyboard friendly and easy to drive from browser tests.
export function BodySelect({
  label,
  value,
  onChange,
  bodies,
  emptyLabel = 'luyue.common.none',
  testId,
}: BodySelectProps) {
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
      {bodies.map((b) => (
        <option key={b.id} value={b.id}>
          {b.name}
        </option>
      ))}
    </TextField>
  );
}
