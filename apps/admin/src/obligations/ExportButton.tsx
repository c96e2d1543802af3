import { useState } from 'react';
import Button from '@mui/material/Button';
import DownloadIcon from '@mui/icons-material/Download';
import { useListContext, useNotify, useTranslate } from 'react-admin';
import { apiDownload, errorMessage } from '../api/http';
import { todayInShanghai } from '../common/dates';

/** 台账: the api renders the current filter + sort as XLSX; fetched with the token. */
export function ExportButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const { filterValues, sort } = useListContext();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    const query = new URLSearchParams({
      format: 'xlsx',
      filter: JSON.stringify(filterValues ?? {}),
      sort: JSON.stringify([sort.field, sort.order]),
    });
    setBusy(true);
    try {
      await apiDownload(
        `/obligations/export?${query}`,
        `履职事项台账-${todayInShanghai()}.xlsx`,
      );
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size="small"
      startIcon={<DownloadIcon />}
      onClick={onClick}
      disabled={busy}
      data-testid="export-button"
    >
      {translate('luyue.list.export')}
    </Button>
  );
}
