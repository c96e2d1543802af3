import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { DiffText } from './DiffText';
import {
  OBLIGATION_CHANGES,
  type AmendmentReport,
  type ArticleChangeReport,
} from '@luyue/contracts';

const label = (article: number | null, suffix: number | null) =>
  article === null ? '' : `第${article}条${suffix ? `之${suffix}` : ''}`;

/** One side of a changed article: its number and change, then its text (with the diff marked when there is one). */
function ArticleSide({
  side,
  chip,
  text,
  diff,
  highlight,
}: {
  side: 'before' | 'after';
  chip: string;
  text: string | null;
  diff: ArticleChangeReport['diff'];
  highlight?: string;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 1, border: 1, borderColor: 'divider', bgcolor: highlight }}>
      <Chip size="small" label={chip} sx={{ mb: 0.5 }} />
      <div>
        {diff ? (
          <DiffText segments={diff} side={side} />
        ) : (
          (text ?? translate('luyue.version.none'))
        )}
      </div>
    </Box>
  );
}

/** The dry-run report: counts, the changed articles side by side, the obligations by change kind. */
export function AmendmentReportView({ report }: { report: AmendmentReport }) {
  const translate = useTranslate();
  return (
    <Box data-testid="version-report">
      <Typography
        variant="subtitle2"
        sx={{ mb: 1 }}
        data-testid="version-counts"
      >
        {translate('luyue.version.provisions', report.provisions)}
      </Typography>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('luyue.version.articles')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: '1fr 1fr',
          gap: 1,
          fontSize: 14,
        }}
      >
        <Typography variant="caption">
          {translate('luyue.version.before')}
        </Typography>
        <Typography variant="caption">
          {translate('luyue.version.after')}
        </Typography>
        {report.articles.map((a, i) => (
          <Box
            key={i}
            sx={{ display: 'contents' }}
            data-testid={`version-article-${a.change}`}
          >
            <ArticleSide
              side="before"
              chip={`${label(a.fromArticle, a.fromSuffix)} ${translate(`luyue.version.change.${a.change}`)}`}
              text={a.fromText}
              diff={a.diff}
              highlight={a.change === 'removed' ? '#fde2e1' : undefined}
            />
            <ArticleSide
              side="after"
              chip={
                label(a.toArticle, a.toSuffix) ||
                translate('luyue.version.none')
              }
              text={a.toText}
              diff={a.diff}
              highlight={a.change === 'added' ? '#dcf5e3' : undefined}
            />
          </Box>
        ))}
      </Box>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('luyue.version.obligations')}
      </Typography>
      {OBLIGATION_CHANGES.map((change) => {
        const list = report.obligations.filter((o) => o.change === change);
        return (
          <Box
            key={change}
            sx={{ mb: 1 }}
            data-testid={`version-obligations-${change}`}
            data-count={list.length}
          >
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate(`luyue.version.change.${change}`)}（{list.length}）
            </Typography>
            {change !== 'unchanged' &&
              list.map((o) => (
                <Typography
                  key={o.obligationId}
                  variant="body2"
                  color="text.secondary"
                >
                  {label(o.fromArticle, null)}
                  {o.toArticle !== null && o.toArticle !== o.fromArticle
                    ? ` → ${label(o.toArticle, null)}`
                    : ''}{' '}
                  {o.fromText}
                </Typography>
              ))}
          </Box>
        );
      })}
      <Typography
        variant="body2"
        sx={{ fontWeight: 600 }}
        data-testid="version-added"
        data-count={report.added.length}
      >
        {translate('luyue.version.added_drafts', {
          count: report.added.length,
        })}
      </Typography>
    </Box>
  );
}
