import type { ReactNode } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';

/** Titled card used for each block of the obligation page. */
export function Section({
  title,
  testId,
  children,
  action,
}: {
  title: string;
  testId?: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography
          variant="h6"
          gutterBottom
          sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
        >
          {translate(title)}
          {action}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
