import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Light } from '@luyue/contracts';

export const LIGHT_COLORS: Record<Light, string> = {
  red: '#d32f2f',
  yellow: '#f9a825',
  green: '#2e7d32',
  none: '#bdbdbd',
};

export function LightDot({
  light,
  size = 14,
}: {
  light: Light;
  size?: number;
}) {
  const translate = useTranslate();
  const label = translate(`luyue.light.${light}`);
  return (
    <Tooltip title={label}>
      <Box
        component="span"
        role="img"
        aria-label={label}
        data-light={light}
        sx={{
          display: 'inline-block',
          width: size,
          height: size,
          borderRadius: '50%',
          bgcolor: LIGHT_COLORS[light] ?? LIGHT_COLORS.none,
        }}
      />
    </Tooltip>
  );
}

/** Traffic-light column of an obligation list. */
export function LightField(_props: {
  label?: string;
  source?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext<{ light: Light }>();
  return record ? <LightDot light={record.light} /> : null;
}
