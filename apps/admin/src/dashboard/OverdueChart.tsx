import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Typography from '@mui/material/Typography';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { LIGHT_COLORS } from '../common/LightDot';
import type { DashboardDto } from '@luyue/contracts';
import { labelLines } from './work/labelLines';
import {
  TICK_CHARS_PER_LINE,
  TICK_LINE_HEIGHT,
  WrappedTick,
} from './work/WrappedTick';

export function OverdueChart({
  rows,
}: {
  rows: DashboardDto['overdueByBody'];
}) {
  const translate = useTranslate();
  return (
    <Card
      data-testid="overdue-chart"
      data-count={rows.length}
      sx={{ flex: '2 1 480px' }}
    >
      <CardHeader title={translate('luyue.dashboard.overdue_by_body')} />
      <CardContent>
        {rows.length === 0 ? (
          <Typography color="text.secondary">
            {translate('luyue.dashboard.empty')}
          </Typography>
        ) : (
          // Fixed height: ResponsiveContainer needs a sized parent.
          // A row is as tall as its name's lines: long names wrap, never clip.
          <div
            style={{
              width: '100%',
              height: Math.max(
                200,
                rows.reduce(
                  (h, r) =>
                    h +
                    16 +
                    labelLines(r.name, TICK_CHARS_PER_LINE).length *
                      TICK_LINE_HEIGHT,
                  0,
                ),
              ),
            }}
          >
            <ResponsiveContainer>
              <BarChart
                data={rows}
                layout="vertical"
                margin={{ left: 24, right: 24 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={TICK_CHARS_PER_LINE * 13 + 12}
                  tick={<WrappedTick />}
                  interval={0}
                />
                <Tooltip />
                <Bar
                  dataKey="count"
                  name={translate('luyue.list.overdue')}
                  fill={LIGHT_COLORS.red}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
