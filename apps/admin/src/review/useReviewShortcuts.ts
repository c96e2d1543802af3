import { useEffect } from 'react';

export type ReviewKey = 'next' | 'prev' | 'accept' | 'reject' | 'edit';

const KEYS: Record<string, ReviewKey> = {
  j: 'next',
  k: 'prev',
  a: 'accept',
  r: 'reject',
  e: 'edit',
};

/** j/k/a/r/e on the page; ignored while typing in a field or with a modifier held. */
export function useReviewShortcuts(onKey: (key: ReviewKey) => void): void {
  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (
        target &&
        (target.isContentEditable ||
          ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
      )
        return;
      const key = KEYS[event.key.toLowerCase()];
      if (!key) return;
      event.preventDefault();
      onKey(key);
    };
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [onKey]);
}
