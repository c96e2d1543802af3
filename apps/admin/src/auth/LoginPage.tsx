import { useLogin, useTranslate } from 'react-admin';
import { loginText } from './loginText';
import { SignInForm } from './SignInForm';

/** React-admin's login route (after a sign-out, or an expired session): the same form as the first screen. */
export function LoginPage() {
  const login = useLogin();
  const translate = useTranslate();
  return (
    <SignInForm
      text={loginText(translate)}
      onSignIn={(username, password) => login({ username, password })}
    />
  );
}
