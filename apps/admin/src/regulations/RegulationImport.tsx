import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Title, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { ImportPreviewDto, ObligationDto } from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { errorMessage } from '../api/http';
import { isOcrQueued } from '../api/regulationActions';
import { useBodies } from '../common/OptionSelect';
import { isRefusedType } from './acceptedTypes';
import { OcrPages } from './OcrPages';
import { waitForOcr } from './ocrJob';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportSourceForm, type ImportSource } from './ImportSourceForm';
import { SubjectMapping } from './SubjectMapping';

const EMPTY: ImportSource = {
  file: null,
  text: '',
  fileName: '',
  jurisdiction: '',
  defaultLeadBodyId: '',
};

/** Regulation "create" = import: upload or paste → dry-run preview → map subjects → import + confirm drafts. */
export function RegulationImport() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useLuyueDataProvider();
  const bodies = useBodies();
  const [source, setSource] = useState<ImportSource>(EMPTY);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [refusedType, setRefusedType] = useState(false);
  const [busy, setBusy] = useState(false);
  const [ocr, setOcr] = useState<{
    pages: number;
    done: number;
    total: number;
  } | null>(null);
  const hasInput = !!source.file || source.text.trim() !== '';

  const fail = (e: unknown) => {
    // Show the parser's message inline and as a notification, never a blank page.
    const message = errorMessage(e);
    setError(message);
    setRefusedType(isRefusedType(e));
    notify(message, { type: 'error' });
  };

  const runPreview = async () => {
    setBusy(true);
    setError(null);
    setPreview(null);
    try {
      const { data: answer } = await dataProvider.importRegulation(
        source,
        true,
      );
      if (!isOcrQueued(answer)) {
        setPreview(answer);
        return;
      }
      // A long scan is read by the worker: show its progress, then preview (and later import) its text.
      setOcr({ pages: answer.pages, done: 0, total: answer.pages });
      const job = await waitForOcr(
        async () => (await dataProvider.ocrJob(answer.ocrJobId)).data,
        (s) =>
          setOcr({
            pages: answer.pages,
            done: s.progress.done,
            total: s.progress.total || answer.pages,
          }),
      );
      const read: ImportSource = {
        ...source,
        file: null,
        text: job.result?.text ?? '',
        fileName: answer.fileName,
      };
      setSource(read);
      const { data: textPreview } = await dataProvider.importRegulation(
        read,
        true,
      );
      if (isOcrQueued(textPreview)) throw new Error('luyue.import.ocr_failed');
      setPreview({
        ...textPreview,
        document: {
          ...textPreview.document,
          ...(job.result?.ocr ? { ocr: job.result.ocr } : {}),
        },
      });
    } catch (e) {
      fail(e);
    } finally {
      setOcr(null);
      setBusy(false);
    }
  };

  const runImport = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data: result } = await dataProvider.importRegulation(
        source,
        false,
      );
      // The source is text by now (a long scan was read into it), so nothing goes to the OCR queue.
      if (isOcrQueued(result)) throw new Error('luyue.import.ocr_failed');
      const { data: drafts } = await dataProvider.getList<ObligationDto>(
        'obligations',
        {
          filter: { regulationId: result.id, status: ['draft'] },
          pagination: { page: 1, perPage: 1000 },
          sort: { field: 'article', order: 'ASC' },
        },
      );
      const mappings = Object.entries(mapping)
        .filter(([, bodyId]) => bodyId)
        .map(([subject, bodyId]) => ({ subject, bodyId }));
      if (drafts.length > 0) {
        await dataProvider.confirmDrafts(
          drafts.map((d) => d.id),
          mappings,
        );
      }
      notify('luyue.import.done', {
        type: 'success',
        messageArgs: { count: result.obligationCount },
      });
      redirect(
        `/obligations?filter=${encodeURIComponent(JSON.stringify({ regulationId: result.id }))}`,
      );
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const subjects = preview?.unresolvedSubjects ?? [];
  return (
    <Card sx={{ mt: 2 }} data-testid="regulation-import">
      <Title title="luyue.import.title" />
      <CardContent>
        <Stack spacing={3}>
          <ImportSourceForm
            bodies={bodies}
            value={source}
            onChange={(v) => {
              setSource(v);
              setPreview(null);
            }}
          />
          <Stack direction="row" spacing={2}>
            <Button
              variant="outlined"
              onClick={runPreview}
              disabled={busy || !hasInput}
              data-testid="import-preview"
            >
              {translate('luyue.import.preview')}
            </Button>
            <Button
              variant="contained"
              onClick={runImport}
              disabled={busy || !preview}
              data-testid="import-confirm"
            >
              {translate('luyue.import.confirm')}
            </Button>
          </Stack>
          {ocr && (
            <Stack spacing={1} data-testid="import-ocr-progress">
              <Typography variant="body2">
                {ocr.done === 0
                  ? translate('luyue.import.ocr_queued', { pages: ocr.pages })
                  : translate('luyue.import.ocr_progress', {
                      done: ocr.done,
                      total: ocr.total,
                    })}
              </Typography>
              <LinearProgress
                variant={ocr.done === 0 ? 'indeterminate' : 'determinate'}
                value={(100 * ocr.done) / Math.max(1, ocr.total)}
              />
            </Stack>
          )}
          {error && (
            <Alert severity="error" data-testid="import-error">
              {error}
              {refusedType && (
                <Typography variant="body2" data-testid="import-refused-type">
                  {translate('luyue.import.refused_type')}
                </Typography>
              )}
            </Alert>
          )}
          {preview && (
            <>
              {preview.document.title && (
                <Typography variant="h5">{preview.document.title}</Typography>
              )}
              {preview.document.ocr && <OcrPages ocr={preview.document.ocr} />}
              <SubjectMapping
                subjects={subjects}
                bodies={bodies}
                mapping={mapping}
                onChange={setMapping}
              />
              <ImportPreviewView preview={preview} bodies={bodies} />
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
