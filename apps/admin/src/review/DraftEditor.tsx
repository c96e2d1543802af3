import { forwardRef, useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';
import type { Modality } from '@luyue/contracts';
import { modalityChoices } from '../common/choices';
import type { Obligation } from '../obligations/types';

export interface DraftEdits {
  text: string;
  modality: Modality;
  subjects: string[];
}

/** Edits the extractor's guesses (text, modality, subjects) before a draft is accepted. */
export const DraftEditor = forwardRef<
  HTMLTextAreaElement,
  { draft: Obligation; onSave: (edits: DraftEdits) => void; busy: boolean }
>(function DraftEditor({ draft, onSave, busy }, ref) {
  const translate = useTranslate();
  const [text, setText] = useState(draft.text);
  const [modality, setModality] = useState<Modality>(draft.modality);
  const [subjects, setSubjects] = useState((draft.subjects ?? []).join('\n'));
  // Reset when moving to another draft (or when it reloads with a new version).
  useEffect(() => {
    setText(draft.text);
    setModality(draft.modality);
    setSubjects((draft.subjects ?? []).join('\n'));
  }, [draft.id, draft.version, draft.text, draft.modality, draft.subjects]);
  const save = () =>
    onSave({
      text: text.trim(),
      modality,
      subjects: subjects
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    });
  return (
    <Stack spacing={2} data-testid="draft-editor">
      <TextField
        label={translate('resources.obligations.fields.text')}
        multiline
        minRows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        inputRef={ref}
        slotProps={{ htmlInput: { 'data-testid': 'draft-text' } }}
      />
      <TextField
        select
        size="small"
        label={translate('resources.obligations.fields.modality')}
        value={modality}
        onChange={(e) => setModality(e.target.value as Modality)}
      >
        {modalityChoices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('luyue.review.subjects')}
        multiline
        minRows={2}
        value={subjects}
        onChange={(e) => setSubjects(e.target.value)}
      />
      <Button
        variant="outlined"
        onClick={save}
        disabled={busy || !text.trim()}
        data-testid="draft-save"
      >
        {translate('luyue.review.save')}
      </Button>
    </Stack>
  );
});
