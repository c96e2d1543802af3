import { forwardRef, useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';
import type { Modality, ObligationDto } from '@luyue/contracts';
import { BodyMultiSelect } from '../common/BodyMultiSelect';
import { modalityChoices } from '../common/choices';
import type { Option } from '../common/OptionSelect';

export interface DraftEdits {
  text: string;
  modality: Modality;
  subjects: string[];
  leadBodyIds: string[];
  coBodyIds: string[];
  dueDate: string | null;
}

/** Edits the extractor's guesses (text, modality, subjects, lead and partner bodies, due date) before a draft is accepted. */
export const DraftEditor = forwardRef<
  HTMLTextAreaElement,
  {
    draft: ObligationDto;
    bodies: Option[];
    onSave: (edits: DraftEdits) => void;
    busy: boolean;
  }
>(function DraftEditor({ draft, bodies, onSave, busy }, ref) {
  const translate = useTranslate();
  const [text, setText] = useState(draft.text);
  const [modality, setModality] = useState<Modality>(draft.modality);
  const [subjects, setSubjects] = useState((draft.subjects ?? []).join('\n'));
  const [lead, setLead] = useState(draft.leadBodyIds ?? []);
  const [co, setCo] = useState(draft.coBodyIds ?? []);
  const [dueDate, setDueDate] = useState(draft.dueDate ?? '');
  // Reset when moving to another draft (or when it reloads with a new version).
  useEffect(() => {
    setText(draft.text);
    setModality(draft.modality);
    setSubjects((draft.subjects ?? []).join('\n'));
    setLead(draft.leadBodyIds ?? []);
    setCo(draft.coBodyIds ?? []);
    setDueDate(draft.dueDate ?? '');
  }, [
    draft.id,
    draft.version,
    draft.text,
    draft.modality,
    draft.subjects,
    draft.leadBodyIds,
    draft.coBodyIds,
    draft.dueDate,
  ]);
  const save = () =>
    onSave({
      text: text.trim(),
      modality,
      subjects: subjects
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      leadBodyIds: lead,
      // A body is lead or partner, not both.
      coBodyIds: co.filter((id) => !lead.includes(id)),
      dueDate: dueDate || null,
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
      <BodyMultiSelect
        label="luyue.division.lead"
        value={lead}
        onChange={setLead}
        options={bodies}
        testId="draft-lead"
      />
      <BodyMultiSelect
        label="luyue.division.co"
        value={co}
        onChange={setCo}
        options={bodies}
        testId="draft-co"
      />
      <TextField
        type="date"
        size="small"
        label={translate('luyue.division.due')}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { 'data-testid': 'draft-due' },
        }}
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
