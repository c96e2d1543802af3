import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useGetList, useTranslate } from 'react-admin';
import { useLuyueDataProvider } from '../api/dataProvider';
import { useApiMutation } from '../common/useApiMutation';
import type { ObligationDto } from '@luyue/contracts';

/** 修订待审: duties an amendment flagged; keep (a changed one takes the new wording) or retire each. */
export function AmendedReview() {
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
  const { data: flagged = [] } = useGetList<ObligationDto>('obligations', {
    filter: { amended: true },
    sort: { field: 'article', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const { mutate, isPending: busy } = useApiMutation(
    async ({
      o,
      decision,
    }: {
      o: ObligationDto;
      decision: 'keep' | 'retire';
    }) => {
      await dataProvider.decideAmendment(o.id, {
        decision,
        version: o.version,
      });
      return decision;
    },
    {
      success: (decision) => ({
        message:
          decision === 'keep'
            ? 'luyue.amendment.kept'
            : 'luyue.amendment.retired',
      }),
    },
  );
  if (!flagged.length) return null;
  const decide = (o: ObligationDto, decision: 'keep' | 'retire') =>
    mutate({ o, decision });
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
