import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { App } from './App';
import { prefetchStartPage } from './api/startupPrefetch';

/** Mounts the back office (react-admin) in `root`, with the opening page's data already requested. */
export function renderApp(root: Root): void {
  prefetchStartPage(window.location.hash);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
