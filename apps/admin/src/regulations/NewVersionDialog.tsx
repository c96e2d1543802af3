import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { useLuyueDataProvider } from '../api/dataProvider';
import type { RegulationSource as VersionSource } from '../api/regulationActions';
import { useApiMutation } from '../common/useApiMutation';
import { AmendmentReportView } from './AmendmentReportView';
import type { AmendmentReport } from '@luyue/contracts';
import { ACCEPT_ATTRIBUTE } from './acceptedTypes';

const EMPTY: VersionSource = { file: null, text: '', fileName: '' };

/** 上传新版本: pick or paste the amended text, compare (dry run), then 确认更新 applies it. */
export function NewVersionButton({
  regulationId,
  title,
}: {
  regulationId: string;
  title: string;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useLuyueDataProvider();
  const [open, setOpen] = useState(false);
  const [source, setSource] = useState<VersionSource>(EMPTY);
  const [report, setReport] = useState<AmendmentReport | null>(null);
  const close = () => {
    setOpen(false);
    setReport(null);
    setSource(EMPTY);
  };
  // A dry run answers the report to show; the apply reloads the regulation.
  const { mutate: run, isPending: busy } = useApiMutation(
    async (dryRun: boolean) => ({
      dryRun,
      report: (await dataProvider.addVersion(regulationId, source, dryRun))
        .data,
    }),
    {
      refresh: false,
      onSuccess: ({ dryRun, report: answer }) => {
        if (dryRun) return setReport(answer);
        notify('luyue.version.applied', {
          type: 'success',
          messageArgs: { version: answer.toVersion },
        });
        close();
        refresh();
      },
    },
  );
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<UploadFileIcon />}
        onClick={() => setOpen(true)}
        data-testid="version-upload"
      >
        {translate('luyue.version.upload')}
      </Button>
      <Dialog open={open} onClose={close} maxWidth="lg" fullWidth>
        <DialogTitle>{translate('luyue.version.title', { title })}</DialogTitle>
        <DialogContent>
          {!report ? (
            <Stack spacing={2} sx={{ mt: 1 }}>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Button component="label" variant="outlined">
                  {translate('luyue.import.file')}
                  <input
                    type="file"
                    hidden
                    accept={ACCEPT_ATTRIBUTE}
                    data-testid="version-file"
                    onChange={(e) =>
                      setSource({
                        ...source,
                        file: e.target.files?.[0] ?? null,
                      })
                    }
                  />
                </Button>
                {source.file && <Typography>{source.file.name}</Typography>}
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {translate('luyue.import.or_paste')}
              </Typography>
              <TextField
                size="small"
                label={translate('luyue.import.file_name')}
                value={source.fileName}
                disabled={!!source.file}
                onChange={(e) =>
                  setSource({ ...source, fileName: e.target.value })
                }
              />
              <TextField
                label={translate('luyue.import.text')}
                multiline
                minRows={6}
                maxRows={14}
                value={source.text}
                disabled={!!source.file}
                onChange={(e) => setSource({ ...source, text: e.target.value })}
                slotProps={{ htmlInput: { 'data-testid': 'version-text' } }}
              />
            </Stack>
          ) : (
            <AmendmentReportView report={report} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('luyue.version.cancel')}</Button>
          {!report ? (
            <Button
              variant="contained"
              disabled={busy || (!source.file && !source.text.trim())}
              onClick={() => run(true)}
              data-testid="version-preview"
            >
              {translate('luyue.version.preview')}
            </Button>
          ) : (
            <Button
              variant="contained"
              color="warning"
              disabled={busy}
              onClick={() => run(false)}
              data-testid="version-apply"
            >
              {translate('luyue.version.apply')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
