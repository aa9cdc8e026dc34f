import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readToken, type Session } from '../auth';

interface Example {
  label: string;
  token: string;
}

export function SignIn({
  session,
  onSignIn,
}: {
  session: Session | undefined;
  onSignIn: (session: Session | undefined) => void;
}) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [bad, setBad] = useState(false);
  const [examples, setExamples] = useState<Example[]>([]);
  useEffect(() => {
    // Served only by a local hub started with `pnpm start`; a production gateway answers 404.
    fetch('/dev-tokens.json')
      .then((response) => (response.ok ? (response.json() as Promise<Example[]>) : []))
      .then(setExamples, () => setExamples([]));
  }, []);
  const use = (value: string) => {
    const next = readToken(value);
    setBad(!next);
    if (next) onSignIn(next);
  };
  return (
    <>
      <h1>{t('signIn.heading')}</h1>
      {session ? (
        <p>
          {t('role', { role: session.role })}{' '}
          <button type="button" onClick={() => onSignIn(undefined)}>
            {t('signIn.signOut')}
          </button>
        </p>
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          use(token);
        }}
      >
        <label>
          {t('signIn.token')}
          <textarea
            name="token"
            rows={3}
            cols={60}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <button type="submit">{t('signIn.submit')}</button>
      </form>
      {bad ? (
        <p role="alert" className="error">
          {t('signIn.bad')}
        </p>
      ) : null}
      {examples.length ? (
        <section>
          <h2>{t('signIn.examples')}</h2>
          {examples.map((example) => (
            <button key={example.label} type="button" onClick={() => use(example.token)}>
              {example.label}
            </button>
          ))}
        </section>
      ) : null}
    </>
  );
}
