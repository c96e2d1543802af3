import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { Option } from '../common/OptionSelect';
import {
  unitText,
  type ImportPreview,
  type PreviewObligation,
  type PreviewUnit,
} from './importTypes';

/** Parsed articles next to the obligations extracted from them (nothing saved yet). */
export function ImportPreviewView({
  preview,
  bodies,
}: {
  preview: ImportPreview;
  bodies: Option[];
}) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', lg: '2fr 3fr' },
        gap: 2,
      }}
    >
      <PreviewUnits units={preview.units} />
      <PreviewObligations obligations={preview.obligations} bodies={bodies} />
    </Box>
  );
}

function PreviewUnits({ units }: { units: PreviewUnit[] }) {
  const translate = useTranslate();
  return (
    <Box data-testid="preview-units" data-count={units.length}>
      <Typography variant="h6">
        {translate('luyue.import.articles', { count: units.length })}
      </Typography>
      <Box sx={{ maxHeight: 560, overflow: 'auto' }}>
        {units.map((u, i) => (
          <Typography
            key={i}
            variant="body2"
            sx={{ whiteSpace: 'pre-wrap', mb: 1 }}
          >
            <strong>
              第{u.number}条{u.suffix ? `之${u.suffix}` : ''}
            </strong>{' '}
            {unitText(u)}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}

function PreviewObligations({
  obligations,
  bodies,
}: {
  obligations: PreviewObligation[];
  bodies: Option[];
}) {
  const translate = useTranslate();
  const nameOf = (id: string) => bodies.find((b) => b.id === id)?.name ?? id;
  const header = ['article', 'modality', 'leadBodyIds', 'subjects', 'text'];
  return (
    <Box data-testid="preview-obligations" data-count={obligations.length}>
      <Typography variant="h6">
        {translate('luyue.import.obligations', { count: obligations.length })}
      </Typography>
      <Box sx={{ maxHeight: 560, overflow: 'auto' }}>
        <Table size="small" stickyHeader>
          <TableHead>
            <TableRow>
              {header.map((field) => (
                <TableCell
                  key={field}
                  sx={{
                    whiteSpace: 'nowrap',
                    width: field === 'text' ? '50%' : undefined,
                  }}
                >
                  {translate(`resources.obligations.fields.${field}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {obligations.map((o, i) => (
              <TableRow key={i} data-testid="preview-obligation">
                <TableCell>{o.article ?? ''}</TableCell>
                <TableCell>
                  {translate(`luyue.modality.${o.modality}`, { _: o.modality })}
                </TableCell>
                <TableCell>
                  {(o.leadBodyIds ?? []).map(nameOf).join('、')}
                </TableCell>
                {/* Unresolved subjects in red: they need a mapping above before confirming. */}
                <TableCell>
                  {(o.subjects ?? []).map((s) => (
                    <Typography
                      key={s}
                      component="span"
                      variant="body2"
                      color={
                        o.unresolvedSubjects?.includes(s) ? 'error' : undefined
                      }
                      sx={{ mr: 0.5 }}
                    >
                      {s}
                    </Typography>
                  ))}
                </TableCell>
                <TableCell>{o.text}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
