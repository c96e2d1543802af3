import Typography from '@mui/material/Typography';
import { splitAround } from './highlight';

/** Provision text with the obligation's clause highlighted; everything renders as text. */
export function SourceText({ text, clause }: { text: string; clause: string }) {
  const parts = splitAround(text, clause);
  return (
    <Typography
      component="div"
      variant="body2"
      sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}
      data-testid="source-text"
    >
      {parts ? (
        <>
          {parts.before}
          <mark data-testid="clause-highlight">{parts.match}</mark>
          {parts.after}
        </>
      ) : (
        text
      )}
    </Typography>
  );
}
