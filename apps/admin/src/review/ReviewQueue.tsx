import { useCallback, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Title, useGetList, useTranslate } from 'react-admin';
import { useLuyueDataProvider } from '../api/dataProvider';
import { useApiMutation } from '../common/useApiMutation';
import { useBodies } from '../common/OptionSelect';
import type { ObligationDto } from '@luyue/contracts';
import { AmendedReview } from './AmendedReview';
import { DraftEditor, type DraftEdits } from './DraftEditor';
import { DraftSource } from './DraftSource';
import { useReviewShortcuts, type ReviewKey } from './useReviewShortcuts';

/** Draft obligations one by one: source text beside the extracted duty; accept, edit or reject. */
export function ReviewQueue() {
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
  const editor = useRef<HTMLTextAreaElement>(null);
  const [index, setIndex] = useState(0);
  const bodies = useBodies();
  const { data: drafts = [], isPending } = useGetList<ObligationDto>(
    'obligations',
    {
      filter: { status: ['draft'] },
      sort: { field: 'article', order: 'ASC' },
      pagination: { page: 1, perPage: 200 },
    },
  );
  // Accepted/rejected drafts leave the list, so the next one slides into the same index.
  const current = drafts[Math.min(index, drafts.length - 1)];

  // One review action at a time; its message on success, the api's on failure, then the queue reloads.
  const { mutate: run, isPending: busy } = useApiMutation(
    async ({
      request,
      message,
    }: {
      request: () => Promise<unknown>;
      message: string;
    }) => {
      await request();
      return message;
    },
    { success: (message) => ({ message }) },
  );
  const act = useCallback(
    (request: () => Promise<unknown>, message: string) =>
      run({ request, message }),
    [run],
  );

  const accept = useCallback(() => {
    if (current)
      act(
        () => dataProvider.confirmDrafts([current.id]),
        'luyue.review.accepted',
      );
  }, [act, current, dataProvider]);
  const reject = useCallback(() => {
    if (current)
      act(
        () =>
          dataProvider.transition(current.id, {
            to: 'discarded',
            note: translate('luyue.review.reject_note'),
            version: current.version,
          }),
        'luyue.review.rejected',
      );
  }, [act, current, dataProvider, translate]);
  const save = (edits: DraftEdits) => {
    if (current)
      act(
        () =>
          dataProvider.update('obligations', {
            id: current.id,
            data: { ...edits, version: current.version },
            previousData: current,
          }),
        'luyue.show.sent',
      );
  };

  const onKey = useCallback(
    (key: ReviewKey) => {
      if (busy) return;
      if (key === 'next') setIndex((i) => Math.min(i + 1, drafts.length - 1));
      else if (key === 'prev') setIndex((i) => Math.max(i - 1, 0));
      else if (key === 'accept') accept();
      else if (key === 'reject') reject();
      else editor.current?.focus();
    },
    [accept, reject, busy, drafts.length],
  );
  useReviewShortcuts(onKey);

  return (
    <Box sx={{ mt: 2 }} data-testid="review-queue" data-count={drafts.length}>
      <Title title="luyue.review.title" />
      <AmendedReview />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('luyue.review.shortcuts')}
      </Typography>
      {!isPending && !current && (
        <Typography>{translate('luyue.review.empty')}</Typography>
      )}
      {current && (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '240px 1fr 1fr' },
            gap: 2,
          }}
        >
          <Card variant="outlined" sx={{ maxHeight: '75vh', overflow: 'auto' }}>
            <List dense>
              {drafts.map((d, i) => (
                <ListItemButton
                  key={d.id}
                  selected={d.id === current.id}
                  onClick={() => setIndex(i)}
                >
                  <ListItemText
                    primary={d.title || d.text}
                    secondary={
                      d.article != null ? `第${d.article}条` : undefined
                    }
                    slotProps={{ primary: { noWrap: true } }}
                  />
                </ListItemButton>
              ))}
            </List>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <DraftSource draft={current} />
            </CardContent>
          </Card>
          <Card
            variant="outlined"
            data-testid="review-current"
            data-id={current.id}
            data-version={current.version}
          >
            <CardContent>
              <Typography variant="caption" color="text.secondary">
                {translate('luyue.review.position', {
                  index: drafts.indexOf(current) + 1,
                  total: drafts.length,
                })}
              </Typography>
              <Stack direction="row" spacing={1} sx={{ my: 2 }}>
                <Button
                  variant="contained"
                  onClick={accept}
                  disabled={busy}
                  data-testid="review-accept"
                >
                  {translate('luyue.review.accept')}
                </Button>
                <Button
                  variant="outlined"
                  color="warning"
                  onClick={reject}
                  disabled={busy}
                  data-testid="review-reject"
                >
                  {translate('luyue.review.reject')}
                </Button>
              </Stack>
              <DraftEditor
                ref={editor}
                draft={current}
                bodies={bodies}
                onSave={save}
                busy={busy}
              />
            </CardContent>
          </Card>
        </Box>
      )}
    </Box>
  );
}
