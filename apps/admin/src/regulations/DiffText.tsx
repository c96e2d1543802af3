import Box from '@mui/material/Box';
import type { DiffSegment } from '@luyue/contracts';

/** One side of a character diff: the old side shows deletions struck in red, the new side insertions in green. */
export function DiffText({
  segments,
  side,
}: {
  segments: DiffSegment[];
  side: 'before' | 'after';
}) {
  const hidden = side === 'before' ? 'insert' : 'delete';
  return (
    <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
      {segments
        .filter((s) => s.op !== hidden)
        .map((s, i) =>
          s.op === 'same' ? (
            <span key={i}>{s.text}</span>
          ) : s.op === 'delete' ? (
            <Box
              component="del"
              key={i}
              sx={{ bgcolor: '#fde2e1', color: '#a50e0e' }}
              data-testid="diff-delete"
            >
              {s.text}
            </Box>
          ) : (
            <Box
              component="ins"
              key={i}
              sx={{
                bgcolor: '#dcf5e3',
                color: '#0b6b2b',
                textDecoration: 'none',
              }}
              data-testid="diff-insert"
            >
              {s.text}
            </Box>
          ),
        )}
    </Box>
  );
}
