/**
 * Two-step verification in the browser (issue 15 item 6): start the enrolment (QR code and the
 * secret to type in), confirm with the first code from the app, then the ten one-time recovery
 * codes, shown once. A session that must enrol first (production) sees only this screen.
 */
import { useState } from 'react';
import { post } from '../api/client';
import type { RequestBody } from '../api/types';
import type { paths } from '../api/contract';
import { ErrorSummary, FormCheck, fieldErrorsOf } from '../components/errors';
import { TextField } from '../components/form';
import { Alert, Button, Heading, Paragraph } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router';
import { useSession } from '../session';

type Enrolment = paths['/api/auth/totp/enrol']['post']['responses'][200]['content']['application/json'];
type Confirmed = paths['/api/auth/totp/confirm']['post']['responses'][200]['content']['application/json'];

export function SecondFactorScreen() {
  const { t, lang } = useI18n();
  const { me, refresh } = useSession();
  const s = t.surface.secondFactor;
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrorsOf(error, lang);

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1} focusOnMount>
        {s.title}
      </Heading>
      {me?.enrolmentRequired === true ? <Alert type="info">{s.required}</Alert> : null}
      {me?.secondFactor === true && codes === null ? <Alert type="ok">{s.active}</Alert> : null}
      <Paragraph>{s.intro}</Paragraph>
      {error === null ? null : <ErrorSummary error={error} fields={Object.entries(fields).map(([field, message]) => ({ field, message }))} labelOf={() => s.code} />}
      {codes !== null ? (
        <section aria-labelledby="recovery-title">
          <Heading level={2} id="recovery-title">
            {s.recoveryTitle}
          </Heading>
          <Alert type="warning">{s.recoveryIntro}</Alert>
          <ul className="utrecht-unordered-list ct-recovery-codes" aria-label={s.recoveryTitle}>
            {codes.map((c) => (
              <li className="utrecht-unordered-list__item" key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <Button
            onClick={() => {
              void refresh().then(() => navigate('/'));
            }}
          >
            {s.continue}
          </Button>
        </section>
      ) : enrolment === null ? (
        me?.secondFactor === true ? null : (
          <Button busy={busy} disabled={busy} onClick={() => void run(async () => setEnrolment(await post<Enrolment>('/api/auth/totp/enrol')))}>
            {s.start}
          </Button>
        )
      ) : (
        <form
          className="utrecht-form ct-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const typed = code.replace(/\s+/g, '');
            if (!/^\d{6}$/.test(typed)) {
              const summary = t.surface.checkSummary(1);
              setError(new FormCheck({ code: s.sixDigits }, { nl: summary, en: summary }));
              return;
            }
            const body: RequestBody<'/api/auth/totp/confirm', 'post'> = { code: typed };
            void run(async () => setCodes((await post<Confirmed>('/api/auth/totp/confirm', body)).recoveryCodes));
          }}
        >
          <Paragraph>{s.scan}</Paragraph>
          <img src={enrolment.qrDataUrl} alt={s.qrAlt} width={200} height={200} />
          <Paragraph>
            {s.secret} <code data-testid="totp-secret">{enrolment.secret}</code>
          </Paragraph>
          <TextField field="code" label={s.code} description={s.codeHint} value={code} onChange={setCode} autoComplete="one-time-code" inputMode="numeric" error={fields.code} required />
          <Button type="submit" busy={busy} disabled={busy}>
            {s.confirm}
          </Button>
        </form>
      )}
    </>
  );
}
