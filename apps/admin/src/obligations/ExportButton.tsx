import Button from '@mui/material/Button';
import DownloadIcon from '@mui/icons-material/Download';
import DescriptionIcon from '@mui/icons-material/Description';
import { useListContext, useTranslate } from 'react-admin';
import { useLuyueDataProvider } from '../api/dataProvider';
import { todayInShanghai } from '../common/dates';
import { useBusyAction } from '../common/useBusyAction';

/** xlsx = 台账; docx = 重点任务分工表. */
export type ExportFormat = 'xlsx' | 'docx';

const LABEL: Record<ExportFormat, string> = {
  xlsx: 'luyue.list.export',
  docx: 'luyue.backoffice.export_division',
};
const FALLBACK_NAME: Record<ExportFormat, string> = {
  xlsx: '履职事项台账',
  docx: '重点任务分工',
};

/** The api renders a filter (+ sort) in the chosen format; fetched with the token. */
export function DownloadButton({
  format,
  filter,
  sort,
}: {
  format: ExportFormat;
  filter: Record<string, unknown>;
  sort?: { field: string; order: string };
}) {
  const translate = useTranslate();
  const dataProvider = useLuyueDataProvider();
  const { busy, run } = useBusyAction();
  const onClick = () => {
    const query = new URLSearchParams({
      format,
      filter: JSON.stringify(filter),
    });
    if (sort) query.set('sort', JSON.stringify([sort.field, sort.order]));
    return run(() =>
      dataProvider.downloadLedger(
        query,
        `${FALLBACK_NAME[format]}-${todayInShanghai()}.${format}`,
      ),
    );
  };
  return (
    <Button
      size="small"
      startIcon={format === 'docx' ? <DescriptionIcon /> : <DownloadIcon />}
      onClick={onClick}
      disabled={busy}
      data-testid={
        format === 'docx' ? 'export-division-button' : 'export-button'
      }
    >
      {translate(LABEL[format])}
    </Button>
  );
}

/** The list's current filter and sort. */
export function ExportButton({ format = 'xlsx' }: { format?: ExportFormat }) {
  const { filterValues, sort } = useListContext();
  return (
    <DownloadButton format={format} filter={filterValues ?? {}} sort={sort} />
  );
}
