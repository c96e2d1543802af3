import { useCallback, useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router-dom';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import type {
  BodyRegistryDto,
  RegistryBodyDto as RegistryBody,
} from '@luyue/contracts';
import { useLuyueDataProvider } from '../../api/dataProvider';
import { errorMessage } from '../../api/http';
import { RegistryActions } from './RegistryActions';

function Source({ body }: { body: RegistryBody }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {body.manual && (
        <Chip
          size="small"
          label={translate('luyue.backoffice.registry.manual')}
        />
      )}
      {body.sources.map((s) => (
        <Chip
          key={s.id}
          size="small"
          variant="outlined"
          component={Link}
          to={`/regulations/${s.id}/show`}
          clickable
          label={s.title}
        />
      ))}
      {!body.manual && !body.sources.length && (
        <Typography variant="caption" color="text.secondary">
          {translate('luyue.backoffice.registry.no_source')}
        </Typography>
      )}
    </Stack>
  );
}

function Rows({
  rows,
  all,
  reload,
}: {
  rows: RegistryBody[];
  all: RegistryBody[];
  reload: () => void;
}) {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.bodies.fields.name')}</TableCell>
          <TableCell>
            {translate('luyue.backoffice.registry.jurisdiction')}
          </TableCell>
          <TableCell align="right">
            {translate('luyue.backoffice.registry.led')}
          </TableCell>
          <TableCell align="right">
            {translate('luyue.backoffice.registry.co')}
          </TableCell>
          <TableCell align="right">
            {translate('luyue.backoffice.registry.users')}
          </TableCell>
          <TableCell>{translate('luyue.backoffice.registry.source')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((b) => (
          <TableRow
            key={b.id}
            data-testid={`registry-row-${b.id}`}
            data-name={b.name}
          >
            <TableCell sx={{ minWidth: 220 }}>
              <Typography variant="body2">{b.name}</Typography>
              {b.aliases.length > 0 && (
                <Typography variant="caption" color="text.secondary">
                  {translate('resources.bodies.fields.aliases')}：
                  {b.aliases.join('、')}
                </Typography>
              )}
            </TableCell>
            <TableCell>{b.jurisdiction}</TableCell>
            <TableCell align="right" data-testid="registry-led">
              <Link
                to={`/obligations?filter=${encodeURIComponent(JSON.stringify({ leadBodyId: b.id }))}`}
              >
                {b.ledCount}
              </Link>
            </TableCell>
            <TableCell align="right">{b.coCount}</TableCell>
            <TableCell align="right">{b.userCount}</TableCell>
            <TableCell sx={{ maxWidth: 360 }}>
              <Source body={b} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <RegistryActions body={b} candidates={all} done={reload} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** /body-registry (admin): duplicates of a bare name first, then every body with its counts and sources. */
export function BodyRegistryPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useLuyueDataProvider();
  const [registry, setRegistry] = useState<BodyRegistryDto | null>(null);
  const [q, setQ] = useState('');
  const reload = useCallback(() => {
    dataProvider
      .bodyRegistry()
      .then(({ data }) => setRegistry(data))
      .catch((e: unknown) => notify(errorMessage(e), { type: 'error' }));
  }, [dataProvider, notify]);
  useEffect(reload, [reload]);
  const byId = useMemo(
    () => new Map((registry?.bodies ?? []).map((b) => [b.id, b])),
    [registry],
  );
  if (!registry) return <Loading />;
  const shown = registry.bodies.filter(
    (b) =>
      !q ||
      b.name.includes(q) ||
      b.aliases.some((a) => a.includes(q)) ||
      b.jurisdiction.includes(q),
  );
  return (
    <Box sx={{ p: 2 }} data-testid="body-registry">
      <Title title="luyue.backoffice.registry.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">
            {translate('luyue.backoffice.registry.duplicates')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('luyue.backoffice.registry.duplicates_help')}
          </Typography>
          {registry.duplicates.length === 0 && (
            <Typography variant="body2">
              {translate('luyue.backoffice.registry.no_duplicates')}
            </Typography>
          )}
          {registry.duplicates.map((g) => (
            <Box
              key={`${g.jurisdiction}/${g.bareName}`}
              sx={{ mb: 2 }}
              data-testid="duplicate-group"
              data-bare={g.bareName}
            >
              <Typography variant="subtitle2">
                {g.jurisdiction} · {g.bareName}
              </Typography>
              <Rows
                rows={g.ids
                  .map((id) => byId.get(id))
                  .filter((b): b is RegistryBody => !!b)}
                all={registry.bodies}
                reload={reload}
              />
            </Box>
          ))}
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Stack
            direction="row"
            spacing={2}
            sx={{ alignItems: 'center', mb: 1 }}
          >
            <Typography variant="h6">
              {translate('luyue.backoffice.registry.all', {
                count: registry.bodies.length,
              })}
            </Typography>
            <TextField
              size="small"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              label={translate('ra.action.search')}
            />
          </Stack>
          <Rows rows={shown} all={registry.bodies} reload={reload} />
        </CardContent>
      </Card>
    </Box>
  );
}
