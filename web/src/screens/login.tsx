/** Sign in with username, password and (when enrolled) a TOTP code. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { post } from '../api/client';
import { ErrorSummary, fieldErrorsOf } from '../components/errors';
import { TextField } from '../components/form';
import { Button, Heading, Paragraph } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { useSession } from '../session';

export function LoginScreen() {
  const { t, lang } = useI18n();
  const { refresh } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrorsOf(error, lang);
  const labels: Record<string, string> = { username: t.login.username, password: t.login.password, totp: t.login.totp };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    try {
      await post('/api/auth/login', { username: username.trim(), password, ...(totp.trim() === '' ? {} : { totp: totp.trim() }) });
      await refresh();
      navigate('/');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1} focusOnMount>
        {t.login.title}
      </Heading>
      <Paragraph>{t.login.intro}</Paragraph>
      {error === null ? null : <ErrorSummary error={error} fields={Object.entries(fields).map(([field, message]) => ({ field, message }))} labelOf={(f) => labels[f] ?? f} />}
      <form className="utrecht-form ct-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField field="username" label={t.login.username} description={t.login.usernameHint} value={username} onChange={setUsername} autoComplete="username" error={fields.username} required />
        <TextField field="password" label={t.login.password} type="password" value={password} onChange={setPassword} autoComplete="current-password" error={fields.password} required />
        <TextField field="totp" label={t.login.totp} description={t.login.totpHint} value={totp} onChange={setTotp} autoComplete="one-time-code" inputMode="numeric" error={fields.totp} optional={t.common.optional} />
        <Button type="submit" busy={busy} disabled={busy}>
          {t.login.submit}
        </Button>
      </form>
    </>
  );
}
