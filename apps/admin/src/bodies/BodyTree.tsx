import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router-dom';
import { useListContext } from 'react-admin';
import { buildBodyTree, type Body, type BodyNode } from './bodyTree';

/** Bodies as an indented tree, each with its aliases (used to match extracted subjects). */
export function BodyTree() {
  const { data = [] } = useListContext<Body>();
  return (
    <Box sx={{ p: 2 }} data-testid="body-tree">
      {buildBodyTree(data).map((node) => (
        <BodyBranch key={node.id} node={node} depth={0} />
      ))}
    </Box>
  );
}

function BodyBranch({ node, depth }: { node: BodyNode; depth: number }) {
  return (
    <>
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', pl: depth * 3, py: 0.5 }}
        data-testid="body-node"
      >
        <Typography
          component={Link}
          to={`/bodies/${node.id}`}
          sx={{ fontWeight: depth === 0 ? 600 : 400, color: 'inherit' }}
        >
          {node.name}
        </Typography>
        {node.level && (
          <Chip size="small" variant="outlined" label={node.level} />
        )}
        {(node.aliases ?? []).map((alias) => (
          <Chip key={alias} size="small" label={alias} />
        ))}
      </Stack>
      {node.children.map((child) => (
        <BodyBranch key={child.id} node={child} depth={depth + 1} />
      ))}
    </>
  );
}
