import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { Option } from '../common/OptionSelect';
import type {
  ImportPreviewDto,
  PreviewObligationDto,
  PreviewUnitDto,
  UnitKind,
} from '@luyue/contracts';
import {
  dueLabel,
  partyEntries,
  unitLabel,
  type PartyEntry,
} from './previewFormat';

const unitText = (u: PreviewUnitDto): string =>
  u.paragraphs.map((p) => p.text).join('\n');

/** Parsed articles next to the obligations extracted from them (nothing saved yet). */
export function ImportPreviewView({
  preview,
  bodies,
}: {
  preview: ImportPreviewDto;
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
      <PreviewUnits units={preview.units} kind={preview.document.unit} />
      <PreviewObligations
        obligations={preview.obligations}
        bodies={bodies}
        kind={preview.document.unit}
      />
    </Box>
  );
}

function useUnitLabel() {
  const translate = useTranslate();
  return (
    kind: UnitKind | undefined,
    number: number | null | undefined,
    suffix?: number | null,
  ): string => {
    const label = unitLabel(kind, number, suffix);
    return label ? translate(label.key, label.args) : '';
  };
}

function PartyCell({
  entries,
  testId,
}: {
  entries: PartyEntry[];
  testId: string;
}) {
  const translate = useTranslate();
  return (
    <TableCell data-testid={testId}>
      {entries.map((e, i) => (
        <Typography
          key={`${e.name}-${i}`}
          component="span"
          variant="body2"
          color={e.resolved ? undefined : 'error'}
          data-unresolved={e.resolved ? undefined : 'true'}
          sx={{ mr: 0.5, whiteSpace: 'nowrap' }}
        >
          {e.name}
          {e.resolved ? '' : translate('luyue.division.unresolved')}
          {i < entries.length - 1 ? '、' : ''}
        </Typography>
      ))}
    </TableCell>
  );
}

function PreviewUnits({
  units,
  kind,
}: {
  units: PreviewUnitDto[];
  kind: UnitKind | undefined;
}) {
  const translate = useTranslate();
  const label = useUnitLabel();
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
            {label(kind, u.number, u.suffix) && (
              <>
                <strong>{label(kind, u.number, u.suffix)}</strong>{' '}
              </>
            )}
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
  kind,
}: {
  obligations: PreviewObligationDto[];
  bodies: Option[];
  kind: UnitKind | undefined;
}) {
  const translate = useTranslate();
  const label = useUnitLabel();
  const header = [
    'resources.obligations.fields.article',
    'resources.obligations.fields.modality',
    'luyue.division.lead',
    'luyue.division.co',
    'luyue.division.due',
    'resources.obligations.fields.text',
  ];
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
                    width: field.endsWith('.text') ? '45%' : undefined,
                  }}
                >
                  {translate(field)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {obligations.map((o, i) => (
              <TableRow key={i} data-testid="preview-obligation">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {label(kind, o.article)}
                </TableCell>
                <TableCell>
                  {translate(`luyue.modality.${o.modality}`, { _: o.modality })}
                </TableCell>
                {/* Unresolved names in red: they need a mapping above before confirming. */}
                <PartyCell
                  testId="preview-lead"
                  entries={partyEntries(
                    o.leadBodyIds,
                    o.subjects,
                    o.unresolvedSubjects,
                    bodies,
                  )}
                />
                <PartyCell
                  testId="preview-co"
                  entries={partyEntries(
                    o.coBodyIds,
                    o.co,
                    o.unresolvedSubjects,
                    bodies,
                  )}
                />
                <TableCell
                  data-testid="preview-due"
                  sx={{ whiteSpace: 'nowrap' }}
                >
                  {dueLabel(o.dueDate ?? o.due)}
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
