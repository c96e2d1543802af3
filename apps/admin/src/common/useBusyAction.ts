import { useState } from 'react';
import { useNotify } from 'react-admin';
import { errorMessage } from '../api/http';

/** One api action at a time: `busy` while it runs, its error as a notification; true when it succeeded. */
export function useBusyAction() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (
    work: () => Promise<unknown>,
    success?: string,
  ): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      if (success) notify(success, { type: 'info' });
      return true;
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
