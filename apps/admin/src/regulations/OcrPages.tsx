import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { OcrReportDto } from '@luyue/contracts';

/** A scanned PDF's OCR in the preview: confidence per page, the low pages flagged for checking. */
export function OcrPages({ ocr }: { ocr: OcrReportDto }) {
  const translate = useTranslate();
  return (
    <Stack spacing={1} data-testid="import-ocr">
      <Typography variant="subtitle1">
        {translate('luyue.import.ocr_title', {
          pages: ocr.pages.length,
          mean: ocr.meanConfidence,
        })}
      </Typography>
      {ocr.lowPages.length > 0 && (
        <Alert severity="warning" data-testid="import-ocr-low">
          {translate('luyue.import.ocr_low_pages', {
            pages: ocr.lowPages.join('、'),
          })}
        </Alert>
      )}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('luyue.import.ocr_page')}</TableCell>
            <TableCell>{translate('luyue.import.ocr_confidence')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {ocr.pages.map((page) => (
            <TableRow
              key={page.page}
              data-testid={`import-ocr-page-${page.page}`}
            >
              <TableCell>{page.page}</TableCell>
              <TableCell>{page.confidence}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={page.low ? 'warning' : 'success'}
                  label={translate(
                    page.low ? 'luyue.import.ocr_low' : 'luyue.import.ocr_ok',
                  )}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}
