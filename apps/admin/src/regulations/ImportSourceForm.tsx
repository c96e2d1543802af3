import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslate } from 'react-admin';
import { OptionSelect, type Option } from '../common/OptionSelect';
import { ACCEPT_ATTRIBUTE } from './acceptedTypes';

export interface ImportSource {
  file: File | null;
  text: string;
  fileName: string;
  /** Optional: when the api cannot guess the jurisdiction from the document it asks for one. */
  jurisdiction: string;
  /** Optional lead body for duties whose subject names no body. */
  defaultLeadBodyId: string;
}

/** Pick a .docx/.doc/.ofd/.pdf/.md/.txt file, or paste the text and name it. */
export function ImportSourceForm({
  value,
  onChange,
  bodies,
}: {
  value: ImportSource;
  onChange: (v: ImportSource) => void;
  bodies: Option[];
}) {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          component="label"
          variant="outlined"
          startIcon={<UploadFileIcon />}
        >
          {translate('luyue.import.file')}
          <input
            type="file"
            hidden
            accept={ACCEPT_ATTRIBUTE}
            data-testid="import-file"
            aria-label={translate('luyue.import.file')}
            onChange={(e) =>
              onChange({ ...value, file: e.target.files?.[0] ?? null })
            }
          />
        </Button>
        {value.file && (
          <Typography data-testid="import-file-name">
            {value.file.name}
          </Typography>
        )}
      </Stack>
      <Typography
        variant="body2"
        color="text.secondary"
        data-testid="import-accepted-types"
      >
        {translate('luyue.import.accepted_types')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('luyue.import.or_paste')}
      </Typography>
      <TextField
        label={translate('luyue.import.file_name')}
        size="small"
        value={value.fileName}
        onChange={(e) => onChange({ ...value, fileName: e.target.value })}
        disabled={!!value.file}
      />
      <TextField
        label={translate('luyue.import.text')}
        multiline
        minRows={6}
        maxRows={16}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
        disabled={!!value.file}
        slotProps={{ htmlInput: { 'data-testid': 'import-text' } }}
      />
      {/* Optional hints for the api; both fields share the row equally. */}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        <TextField
          size="small"
          label={translate('luyue.import.jurisdiction')}
          value={value.jurisdiction}
          onChange={(e) => onChange({ ...value, jurisdiction: e.target.value })}
        />
        <OptionSelect
          label="luyue.import.default_lead_body"
          value={value.defaultLeadBodyId}
          onChange={(defaultLeadBodyId) =>
            onChange({ ...value, defaultLeadBodyId })
          }
          options={bodies}
          testId="import-default-lead-body"
        />
      </Box>
    </Stack>
  );
}
