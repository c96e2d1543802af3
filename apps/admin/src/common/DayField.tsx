import { useFieldValue, type FieldProps } from 'react-admin';
import Typography from '@mui/material/Typography';
import { formatDateTime, formatDay } from './dates';

/** Date column as YYYY-MM-DD (Asia/Shanghai); `withTime` adds HH:mm for timestamps. */
export function DayField(props: FieldProps & { withTime?: boolean }) {
  const value = useFieldValue(props) as string | null | undefined;
  return (
    <Typography component="span" variant="body2">
      {props.withTime ? formatDateTime(value) : formatDay(value)}
    </Typography>
  );
}
