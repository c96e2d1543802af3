import { useRef, type ChangeEvent } from 'react';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useQuery } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import type { EvidenceDto, ObligationDto } from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { errorMessage } from '../api/http';
import { formatDateTime } from '../common/dates';
import { useApiMutation } from '../common/useApiMutation';
import { Section } from './Section';

/** The api's evidence allow-list (it sniffs the bytes too and answers 415 otherwise). */
const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.doc,.xls,.jpg,.jpeg,.png,.txt';

/** Evidence files: upload (multipart `file`, for those the api says may) and download with the token. */
export function EvidencePanel({ record }: { record: ObligationDto }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useLuyueDataProvider();
  const input = useRef<HTMLInputElement>(null);
  const { data: files = [] } = useQuery({
    queryKey: ['evidence', record.id],
    queryFn: async () => (await dataProvider.evidence(record.id)).data,
  });
  const { mutate: upload, isPending: busy } = useApiMutation(
    (file: File) => dataProvider.uploadEvidence(record.id, file),
    { success: 'luyue.show.uploaded' },
  );

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // allow picking the same file again
    if (file) upload(file);
  };
  const download = (file: EvidenceDto) =>
    dataProvider
      .downloadEvidence(record.id, file)
      .catch((e) => notify(errorMessage(e), { type: 'error' }));

  return (
    <Section
      title="luyue.show.evidence"
      testId="evidence-panel"
      action={
        record.can.uploadEvidence && (
          <>
            <Button
              size="small"
              startIcon={<UploadFileIcon />}
              disabled={busy}
              onClick={() => input.current?.click()}
              data-testid="evidence-upload"
            >
              {translate('luyue.show.upload')}
            </Button>
            <input
              ref={input}
              type="file"
              accept={EVIDENCE_ACCEPT}
              hidden
              onChange={pick}
              data-testid="evidence-input"
              aria-label={translate('luyue.show.upload')}
            />
          </>
        )
      }
    >
      {files.length === 0 && (
        <Typography color="text.secondary">
          {translate('luyue.show.none')}
        </Typography>
      )}
      <List dense disablePadding>
        {files.map((f) => (
          <ListItemButton
            key={f.id}
            onClick={() => download(f)}
            data-testid="evidence-item"
          >
            <ListItemIcon>
              <DownloadIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText
              primary={f.fileName}
              secondary={formatDateTime(f.createdAt)}
            />
          </ListItemButton>
        ))}
      </List>
    </Section>
  );
}
