import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import { LIGHT_COLORS } from '../../common/LightDot';
import type { WorkDashboardDto } from '@luyue/contracts';

/** Open vs overdue at the end of each of the last 12 weeks. */
export function TrendChart({ trend }: { trend: WorkDashboardDto['trend'] }) {
  const translate = useTranslate();
  const data = trend.map((p) => ({ ...p, label: p.week.slice(5) }));
  return (
    <Card data-testid="trend-chart" data-weeks={trend.length}>
      <CardHeader title={translate('luyue.backoffice.work.trend')} />
      <CardContent>
        <div style={{ width: '100%', height: 220 }}>
          <ResponsiveContainer>
            <LineChart data={data} margin={{ left: 0, right: 24, top: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Line
                type="monotone"
                dataKey="open"
                name={translate('luyue.backoffice.work.open')}
                stroke="#1976d2"
                dot={false}
                isAnimationActive={false}
              />
              <Line
                type="monotone"
                dataKey="overdue"
                name={translate('luyue.list.overdue')}
                stroke={LIGHT_COLORS.red}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </CardContent>
    </Card>
  );
}
