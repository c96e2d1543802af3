import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { SourceText } from '../common/SourceText';
import type { ObligationDto } from '@luyue/contracts';
import { useSourceText } from '../obligations/useSourceText';

/** The article a draft came from, clause highlighted, for side-by-side review. */
export function DraftSource({ draft }: { draft: ObligationDto }) {
  const translate = useTranslate();
  const source = useSourceText(draft);
  return (
    <>
      <Typography variant="subtitle2" gutterBottom>
        {translate('luyue.show.source')}
        {draft.article != null && ` · 第${draft.article}条`}
      </Typography>
      <SourceText text={source ?? draft.text} clause={draft.text} />
    </>
  );
}
