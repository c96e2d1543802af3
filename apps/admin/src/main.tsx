import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getToken } from './api/session';
import { FirstSignIn } from './auth/FirstSignIn';

// The back office's code (react-admin, MUI, the pages) is a chunk of its own. With a session it
// loads at once; without one, this small entry draws the sign-in form first (react-admin's
// scripts took over a second to evaluate before its login form appeared) and the chunk loads
// while the visitor types.
const root = createRoot(document.getElementById('root') as HTMLElement);
const loadApp = () => import('./renderApp');
const openApp = async () => (await loadApp()).renderApp(root);

if (getToken()) void openApp();
else
  root.render(
    <StrictMode>
      <FirstSignIn preload={loadApp} onSignedIn={openApp} />
    </StrictMode>,
  );
