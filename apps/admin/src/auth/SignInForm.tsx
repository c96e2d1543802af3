import { type FormEvent, type InputHTMLAttributes, useState } from 'react';
import type { LoginText } from './loginText';
import './signInForm.css';

interface SignInFormProps {
  text: LoginText;
  /** Signs in; a rejection's message is shown under the fields (the api's, or text.signInError). */
  onSignIn: (email: string, password: string) => Promise<void>;
}

/**
 * The sign-in form, in plain React and CSS (no MUI): it is the first thing a visitor without a
 * session sees, drawn before react-admin's code has loaded, and react-admin's own login route
 * shows the same form (LoginPage) so the two look alike.
 */
export function SignInForm({ text, onSignIn }: SignInFormProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await onSignIn(
        String(data.get('username') ?? ''),
        String(data.get('password') ?? ''),
      );
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : text.signInError);
      setBusy(false);
    }
  }

  return (
    <div className="luyue-sign-in">
      <form className="luyue-sign-in__card" onSubmit={submit}>
        <div className="luyue-sign-in__avatar" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="24" height="24">
            <path
              fill="currentColor"
              d="M18 8h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V10c0-1.1-.9-2-2-2m-6 9c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2m3.1-9H8.9V6c0-1.71 1.39-3.1 3.1-3.1s3.1 1.39 3.1 3.1z"
            />
          </svg>
        </div>
        <h1 className="luyue-sign-in__title">{text.title}</h1>
        <Field label={text.username} name="username" busy={busy} autoFocus />
        <Field
          label={text.password}
          name="password"
          type="password"
          autoComplete="current-password"
          busy={busy}
        />
        {error && (
          <p className="luyue-sign-in__error" role="alert">
            {error}
          </p>
        )}
        <button className="luyue-sign-in__submit" type="submit" disabled={busy}>
          {text.signIn}
        </button>
      </form>
    </div>
  );
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  busy: boolean;
}

/** A labelled, required input; `name` is also its id and, unless given, its autocomplete. */
function Field({ label, name, busy, ...input }: FieldProps) {
  return (
    <label className="luyue-sign-in__field">
      <span>{label}</span>
      <input
        id={name}
        name={name}
        autoComplete={name}
        required
        disabled={busy}
        {...input}
      />
    </label>
  );
}
