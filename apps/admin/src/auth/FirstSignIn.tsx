import { useEffect, useMemo } from 'react';
import { loginText, storedLocale, storedTranslate } from './loginText';
import { SignInForm } from './SignInForm';
import { signIn } from './signIn';

interface FirstSignInProps {
  /** Starts loading the back office's code (called once the form is on screen). */
  preload: () => Promise<unknown>;
  /** Opens the back office once the session is stored. */
  onSignedIn: () => Promise<void>;
}

/** Where a visitor without a session starts: the form, before react-admin is loaded. */
export function FirstSignIn({ preload, onSignedIn }: FirstSignInProps) {
  const text = useMemo(() => loginText(storedTranslate(storedLocale())), []);
  useEffect(() => {
    // The code loads while the visitor types; a failure here shows when onSignedIn loads it again.
    const whenIdle =
      window.requestIdleCallback ?? ((run) => setTimeout(run, 1));
    whenIdle(() => void preload().catch(() => undefined));
  }, [preload]);

  async function signInAndOpen(email: string, password: string) {
    await signIn(email, password);
    // Like react-admin's own login: from the login route to the dashboard; a deep link stays.
    if (/^(#\/?(login)?)?$/.test(window.location.hash))
      window.location.hash = '#/';
    await onSignedIn();
  }

  return <SignInForm text={text} onSignIn={signInAndOpen} />;
}
