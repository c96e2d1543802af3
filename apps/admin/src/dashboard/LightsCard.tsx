import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { LightDot } from '../common/LightDot';
import type { DashboardDto } from '@luyue/contracts';
import { obligationsLink } from './listLink';

const LIGHTS = ['red', 'yellow', 'green'] as const;

/** Per body: how many active obligations are red / yellow / green. */
export function LightsCard({ rows }: { rows: DashboardDto['lightsByBody'] }) {
  const translate = useTranslate();
  return (
    <Card data-testid="lights-card" sx={{ flex: '1 1 380px' }}>
      <CardHeader title={translate('luyue.dashboard.lights')} />
      <CardContent>
        {rows.length === 0 ? (
          <Typography color="text.secondary">
            {translate('luyue.dashboard.empty')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell />
                {LIGHTS.map((light) => (
                  <TableCell key={light} align="right">
                    <LightDot light={light} />
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.bodyId} data-testid="lights-row">
                  <TableCell
                    sx={{
                      whiteSpace: 'normal',
                      wordBreak: 'break-word',
                      minWidth: 160,
                    }}
                    data-testid="lights-name"
                  >
                    {row.name}
                  </TableCell>
                  {LIGHTS.map((light) => (
                    <TableCell key={light} align="right">
                      <Link to={obligationsLink({ bodyId: row.bodyId, light })}>
                        {row[light]}
                      </Link>
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
