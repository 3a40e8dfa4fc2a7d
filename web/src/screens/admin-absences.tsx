/**
 * The admin records another user's absence with a substitute (issue 15 item 5; ADR 0116, ADR 0167):
 * choose the user, the substitute (a colleague of the same partner and role, as the API offers)
 * and the period; the first press shows what will happen, the second records it. The API decides
 * every rule (who may, the colleague, the period, overlaps) and reports all problems at once; the
 * form keeps what was typed. The admin sees no case content here.
 */
import { useState } from 'react';
import { get } from '../api/client';
import { ConfirmStep } from '../components/confirm';
import { ErrorNotice } from '../components/errors';
import { SelectField, TextField } from '../components/form';
import { Alert, Button, Heading, Paragraph, Section, Table } from '../components/ui';
import { dutchDate, isRealDate, isoDate } from '../dates';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { loadUsers } from './admin-data';
import { missing, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

interface AbsenceRow {
  readonly id: string;
  readonly substituteName: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly running: boolean;
}
interface Overview {
  readonly absences: readonly AbsenceRow[];
  readonly candidates: readonly { readonly id: string; readonly name: string }[];
}

/** Roles that work in cases and so may need a substitute. */
const CASE_ROLES = ['professional', 'process_director', 'support'];

export function AdminAbsencesScreen() {
  const { t } = useI18n();
  const a = t.substitutes;
  const users = useLoad(loadUsers, []);
  const [userId, setUserId] = useState('');
  const chosen = users.data?.find((u) => u.id === userId);
  const name = chosen?.displayName ?? '';
  const loaded = useLoad(() => (userId === '' ? Promise.resolve(null) : get<Overview>(`/api/users/${userId}/absences`)), [userId]);
  const s = useSubmission();
  const cancel = useSubmission();
  const [substituteUserId, setSubstitute] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const data = loaded.data ?? null;
  const substituteName = data?.candidates.find((c) => c.id === substituteUserId)?.name ?? '';
  const labelOf = (field: string): string => (field === 'startsOn' ? a.startsOn : field === 'endsOn' ? a.endsOn : a.substitute);
  const choose = (id: string): void => {
    setUserId(id);
    setSubstitute('');
    setConfirming(false);
    s.reset();
    cancel.reset();
  };
  return (
    <>
      <Heading level={1} focusOnMount>
        {a.admin.title}
      </Heading>
      <Paragraph lead>{a.admin.intro}</Paragraph>
      {users.error === null ? null : <ErrorNotice error={users.error} />}
      {users.data === undefined ? null : (
        <form className="utrecht-form ct-form" noValidate onSubmit={(e) => e.preventDefault()}>
          <SelectField
            field="absence.userId"
            label={a.admin.user}
            description={a.admin.userHint}
            value={userId}
            onChange={choose}
            options={[
              { value: '', label: a.admin.chooseUser },
              ...users.data.filter((u) => u.active && CASE_ROLES.includes(u.role)).map((u) => ({ value: u.id, label: `${u.displayName} (${label(t.roles, u.role)})` })),
            ]}
          />
        </form>
      )}
      {loaded.error === null ? null : <ErrorNotice error={loaded.error} />}
      {cancel.done === null ? (cancel.error === null ? null : <ErrorNotice error={cancel.error} />) : <Alert type="ok" role="status">{cancel.done}</Alert>}
      {data === null || chosen === undefined ? null : (
        <>
          <Section labelledBy="admin-absence-current">
            <Heading level={2} id="admin-absence-current">
              {a.admin.currentTitle(name)}
            </Heading>
            {data.absences.length === 0 ? (
              <Paragraph>{a.admin.none(name)}</Paragraph>
            ) : (
              <Table
                caption={a.admin.currentTitle(name)}
                head={[a.period, a.substitute, a.state, '']}
                rows={data.absences.map((r) => [
                  r.id,
                  [
                    `${dutchDate(r.startsOn)} – ${dutchDate(r.endsOn)}`,
                    r.substituteName,
                    r.running ? a.running : a.planned,
                    <Button
                      key="cancel"
                      appearance="secondary"
                      busy={cancel.busy}
                      disabled={cancel.busy}
                      onClick={() => {
                        void cancel.send('DELETE', `/api/users/${userId}/absences/${r.id}`, undefined, () => a.admin.cancelled(name)).then((x) => {
                          if (x !== null) loaded.reload();
                        });
                      }}
                    >
                      {a.cancel(dutchDate(r.startsOn), dutchDate(r.endsOn))}
                    </Button>,
                  ],
                ])}
              />
            )}
          </Section>
          <Section labelledBy="admin-absence-form">
            <Heading level={2} id="admin-absence-form">
              {a.formTitle}
            </Heading>
            {data.candidates.length === 0 ? (
              <Paragraph>{a.admin.noColleague(name)}</Paragraph>
            ) : (
              <form
                className="utrecht-form ct-form"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  const found = { ...missing({ substituteUserId, startsOn, endsOn }, t.surface.required, t.surface.required) };
                  if (startsOn.trim() !== '' && !isRealDate(startsOn)) found.startsOn = a.notADate;
                  if (endsOn.trim() !== '' && !isRealDate(endsOn)) found.endsOn = a.notADate;
                  if (s.refuse(found)) {
                    setConfirming(false);
                    return;
                  }
                  // The first press only says what will happen; the second records it.
                  if (!confirming) {
                    setConfirming(true);
                    return;
                  }
                  void s.send('POST', `/api/users/${userId}/absences`, { substituteUserId, startsOn: isoDate(startsOn), endsOn: isoDate(endsOn) }, () => a.admin.done(name)).then((x) => {
                    setConfirming(false);
                    if (x === null) return;
                    setSubstitute('');
                    setStartsOn('');
                    setEndsOn('');
                    loaded.reload();
                  });
                }}
              >
                <FormResult submission={s} labelOf={labelOf} idPrefix="absence." />
                <SelectField
                  field="absence.substituteUserId"
                  label={a.substitute}
                  description={a.admin.substituteHint}
                  value={substituteUserId}
                  onChange={(v) => {
                    setSubstitute(v);
                    setConfirming(false);
                  }}
                  required
                  options={[{ value: '', label: a.choose }, ...data.candidates.map((c) => ({ value: c.id, label: c.name }))]}
                  error={s.fields.substituteUserId}
                />
                <TextField field="absence.startsOn" label={a.startsOn} description={a.dateHint} value={startsOn} onChange={(v) => { setStartsOn(v); setConfirming(false); }} required error={s.fields.startsOn} />
                <TextField field="absence.endsOn" label={a.endsOn} description={a.dateHint} value={endsOn} onChange={(v) => { setEndsOn(v); setConfirming(false); }} required error={s.fields.endsOn} />
                {confirming ? (
                  <ConfirmStep
                    action={a.admin.action(name)}
                    consequence={a.admin.consequence(name, substituteName, startsOn, endsOn)}
                    reversible={a.admin.reversible}
                    busy={s.busy}
                    onCancel={() => setConfirming(false)}
                  />
                ) : (
                  <Button type="submit" busy={s.busy} disabled={s.busy}>
                    {a.submit}
                  </Button>
                )}
              </form>
            )}
          </Section>
        </>
      )}
    </>
  );
}
