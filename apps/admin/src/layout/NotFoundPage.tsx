import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import HistoryIcon from '@mui/icons-material/History';
import { Title, useTranslate } from 'react-admin';

/**
 * Unknown routes. react-admin's own page titles itself with the raw `title` given to <Admin>
 * (luyue.app.title, untranslated) and appends an English full stop to the message.
 */
export function NotFoundPage() {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', mt: 8 }} data-testid="not-found">
      <Title title="ra.page.not_found" />
      <Typography variant="h5" sx={{ mb: 1 }}>
        {translate('ra.page.not_found')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('ra.message.not_found')}
      </Typography>
      <Button
        variant="contained"
        startIcon={<HistoryIcon />}
        onClick={() => window.history.go(-1)}
      >
        {translate('ra.action.back')}
      </Button>
    </Box>
  );
}
