import { useState } from 'react';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import EditIcon from '@mui/icons-material/Edit';
import { useNotify, useTranslate, useUpdate } from 'react-admin';
import { errorMessage } from '../api/http';
import { FormDialog } from '../common/FormDialog';
import { inQuotes } from './shortTitle';

/** The regulation's 简称 (《口岸条例》); an admin corrects it here (PUT /api/regulations/:id, empty = derive again). */
export function ShortTitleEditor({
  id,
  shortTitle,
  editable,
}: {
  id: string;
  shortTitle: string | null;
  editable: boolean;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(shortTitle ?? '');
  const [update, { isPending: busy }] = useUpdate();
  const save = () =>
    update(
      'regulations',
      {
        id,
        data: { shortTitle: inQuotes(text) },
        previousData: { id, shortTitle },
      },
      {
        onSuccess: () => {
          notify('luyue.backoffice.short_title.saved', { type: 'info' });
          setOpen(false);
        },
        onError: (e) => notify(errorMessage(e), { type: 'error' }),
      },
    );
  return (
    <>
      <Chip
        size="small"
        variant="outlined"
        label={`${translate('luyue.backoffice.short_title.label')}：${shortTitle ?? ''}`}
        data-testid="regulation-short-title"
      />
      {editable && (
        <IconButton
          size="small"
          aria-label={translate('luyue.backoffice.short_title.edit')}
          onClick={() => {
            setText(shortTitle ?? '');
            setOpen(true);
          }}
          data-testid="short-title-edit"
        >
          <EditIcon fontSize="small" />
        </IconButton>
      )}
      <FormDialog
        open={open}
        title="luyue.backoffice.short_title.edit"
        onClose={() => setOpen(false)}
        onConfirm={save}
        disabled={busy}
        testId="short-title-dialog"
      >
        <Typography variant="body2">
          {translate('luyue.backoffice.short_title.help')}
        </Typography>
        <TextField
          value={text}
          onChange={(e) => setText(e.target.value)}
          label={translate('luyue.backoffice.short_title.label')}
          slotProps={{ htmlInput: { 'data-testid': 'short-title-input' } }}
        />
      </FormDialog>
    </>
  );
}
