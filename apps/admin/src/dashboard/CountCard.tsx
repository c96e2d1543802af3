import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';

/** One big number that opens the matching filtered list. */
export function CountCard({
  title,
  value,
  to,
  testId,
}: {
  title: string;
  value: number;
  to: string;
  testId: string;
}) {
  const translate = useTranslate();
  return (
    <Card sx={{ flex: '1 1 200px' }} data-testid={testId} data-count={value}>
      <CardActionArea component={Link} to={to}>
        <CardContent>
          <Typography variant="subtitle2" color="text.secondary">
            {translate(title)}
          </Typography>
          <Typography variant="h4">{value}</Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
