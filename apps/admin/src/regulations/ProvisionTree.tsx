import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { LightDot } from '../common/LightDot';
import type { ObligationDto } from '@luyue/contracts';
import { buildTree, type ArticleNode, type Provision } from './provisionTree';

/** Chapters → articles → items, each article with its obligations beside it. */
export function ProvisionTree({
  provisions,
  obligations,
}: {
  provisions: Provision[];
  obligations: ObligationDto[];
}) {
  const translate = useTranslate();
  const chapters = buildTree(provisions);
  const byArticle = (n: number | null) =>
    obligations.filter((o) => o.article === n);
  return (
    <Stack spacing={3} data-testid="provision-tree">
      {chapters.map((chapter, i) => (
        <Box key={`${chapter.heading}-${i}`}>
          <Typography variant="h6" sx={{ mb: 1 }}>
            {chapter.heading ?? translate('luyue.regulation.no_chapter')}
          </Typography>
          <Stack spacing={1.5}>
            {chapter.articles.map((node) => (
              <ArticleRow
                key={`${node.article}-${node.rows[0]?.id}`}
                node={node}
                obligations={byArticle(node.article)}
              />
            ))}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}

function ArticleRow({
  node,
  obligations,
}: {
  node: ArticleNode;
  obligations: ObligationDto[];
}) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' },
        gap: 2,
      }}
      data-testid="provision-article"
      data-article={node.article ?? ''}
    >
      <Box>
        {node.rows.map((row) => (
          <Typography
            key={row.id}
            variant="body2"
            sx={{ whiteSpace: 'pre-wrap', pl: row.item ? 3 : 0, mb: 0.5 }}
          >
            {row === node.rows[0] && node.article != null && (
              <strong>
                第{node.article}条{node.suffix ? `之${node.suffix}` : ''}
                {'\u3000'}
              </strong>
            )}
            {row.text}
          </Typography>
        ))}
      </Box>
      <Stack spacing={0.5}>
        {obligations.map((o) => (
          <Chip
            key={o.id}
            component={Link}
            to={`/obligations/${o.id}/show`}
            clickable
            variant="outlined"
            icon={<LightDot light={o.light} size={10} />}
            label={o.title || o.text}
            sx={{ justifyContent: 'flex-start', maxWidth: '100%' }}
          />
        ))}
      </Stack>
    </Box>
  );
}
