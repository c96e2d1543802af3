import Typography from '@mui/material/Typography';
import { useGetOne, useTranslate } from 'react-admin';
import { SourceText } from '../common/SourceText';
import type { Obligation } from '../obligations/types';

/** The provision a draft came from, clause highlighted, for side-by-side review. */
export function DraftSource({ draft }: { draft: Obligation }) {
  const translate = useTranslate();
  const { data } = useGetOne<{ id: string; text: string }>(
    'provisions',
    { id: draft.provisionId ?? '' },
    { enabled: !!draft.provisionId },
  );
  return (
    <>
      <Typography variant="subtitle2" gutterBottom>
        {translate('luyue.show.source')}
        {draft.article != null && ` · 第${draft.article}条`}
      </Typography>
      <SourceText text={data?.text ?? draft.text} clause={draft.text} />
    </>
  );
}
