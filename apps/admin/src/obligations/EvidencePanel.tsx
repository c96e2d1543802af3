import { useRef, useState, type ChangeEvent } from 'react';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useQuery } from '@tanstack/react-query';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { apiCall, apiDownload, apiUpload, errorMessage } from '../api/http';
import { formatDateTime } from '../common/dates';
import { Section } from './Section';
import type { Evidence, Obligation } from './types';

/** The api's evidence allow-list (it sniffs the bytes too and answers 415 otherwise). */
const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.doc,.xls,.jpg,.jpeg,.png,.txt';

/** Evidence files: upload (multipart `file`) and download with the token. */
export function EvidencePanel({ record }: { record: Obligation }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const { data: files = [] } = useQuery({
    queryKey: ['evidence', record.id],
    queryFn: () => apiCall<Evidence[]>(`/obligations/${record.id}/evidence`),
  });

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // allow picking the same file again
    if (!file) return;
    setBusy(true);
    try {
      await apiUpload(`/obligations/${record.id}/evidence`, file);
      notify('luyue.show.uploaded', { type: 'success' });
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
      refresh();
    }
  };
  const download = (file: Evidence) =>
    apiDownload(
      `/obligations/${record.id}/evidence/${file.id}`,
      file.fileName,
    ).catch((e) => notify(errorMessage(e), { type: 'error' }));

  return (
    <Section
      title="luyue.show.evidence"
      testId="evidence-panel"
      action={
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
            onChange={upload}
            data-testid="evidence-input"
            aria-label={translate('luyue.show.upload')}
          />
        </>
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
