import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { apiCall, errorMessage } from '../api/http';
import type { Obligation } from '../obligations/types';

/** 修订待审: duties an amendment flagged; keep (a changed one takes the new wording) or retire each. */
export function AmendedReview() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const { data: flagged = [] } = useGetList<Obligation>('obligations', {
    filter: { amended: true },
    sort: { field: 'article', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  if (!flagged.length) return null;
  const decide = async (o: Obligation, decision: 'keep' | 'retire') => {
    setBusy(true);
    try {
      await apiCall(`/obligations/${o.id}/amendment`, {
        method: 'POST',
        body: { decision, version: o.version },
      });
      notify(
        decision === 'keep'
          ? 'luyue.amendment.kept'
          : 'luyue.amendment.retired',
        { type: 'success' },
      );
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
      refresh();
    }
  };
  return (
    <Box
      sx={{ mb: 3 }}
      data-testid="amended-review"
      data-count={flagged.length}
    >
      <Typography variant="h6">
        {translate('luyue.amendment.title')}（{flagged.length}）
      </Typography>
      <Stack spacing={1}>
        {flagged.map((o) => (
          <Card
            key={o.id}
            variant="outlined"
            data-testid="amended-item"
            data-id={o.id}
          >
            <CardContent>
              <Chip
                size="small"
                color={o.sourceRemoved ? 'error' : 'warning'}
                label={translate(
                  o.sourceRemoved
                    ? 'luyue.amendment.removed'
                    : 'luyue.amendment.changed',
                )}
                sx={{ mr: 1 }}
              />
              <Typography component="span" variant="subtitle2">
                {o.title}
              </Typography>
              <Box
                sx={{
                  display: 'grid',
                  gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
                  gap: 2,
                  mt: 1,
                }}
              >
                <Box>
                  <Typography variant="caption">
                    {translate('luyue.amendment.old_text')}
                  </Typography>
                  <Typography variant="body2">{o.text}</Typography>
                </Box>
                {o.sourceChanged && (
                  <Box>
                    <Typography variant="caption">
                      {translate('luyue.amendment.new_text')}
                    </Typography>
                    <Typography variant="body2">{o.amendedText}</Typography>
                  </Box>
                )}
              </Box>
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <Button
                  size="small"
                  variant="contained"
                  disabled={busy}
                  onClick={() => decide(o, 'keep')}
                  data-testid="amended-keep"
                >
                  {translate(
                    o.sourceChanged
                      ? 'luyue.amendment.keep_changed'
                      : 'luyue.amendment.keep',
                  )}
                </Button>
                <Button
                  size="small"
                  variant="outlined"
                  color="warning"
                  disabled={busy}
                  onClick={() => decide(o, 'retire')}
                  data-testid="amended-retire"
                >
                  {translate('luyue.amendment.retire')}
                </Button>
              </Stack>
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}
