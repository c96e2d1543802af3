import { useLogin, useTranslate } from 'react-admin';
import { SignInForm } from './SignInForm';

/** React-admin's login route (after a sign-out, or an expired session): the same form as the first screen. */
export function LoginPage() {
  const login = useLogin();
  const translate = useTranslate();
  const text = {
    title: translate('luyue.app.title'),
    username: translate('ra.auth.username'),
    password: translate('ra.auth.password'),
    signIn: translate('ra.auth.sign_in'),
    signInError: translate('ra.auth.sign_in_error'),
  };
  return (
    <SignInForm
      text={text}
      onSignIn={(username, password) => login({ username, password })}
    />
  );
}
