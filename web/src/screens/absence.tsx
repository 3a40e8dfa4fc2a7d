/**
 * Absence and substitution (ADR 0116; seed 002 art. 6.3, seed 003 §3, seed 004 §4): the signed-in
 * user records who substitutes for them from one day to another, sees whom they substitute for,
 * and cancels an absence. The API checks the colleague, the period and overlaps and reports every
 * problem at once; the form keeps what was typed.
 */
import { useState } from 'react';
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { SelectField, TextField } from '../components/form';
import { Alert, Button, Heading, Paragraph, Section, Table } from '../components/ui';
import { dutchDate, isRealDate, isoDate } from '../dates';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useLoad } from '../use-load';
import { missing, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

interface AbsenceRow {
  readonly id: string;
  readonly userName: string;
  readonly substituteName: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly running: boolean;
}
interface Overview {
  readonly absences: readonly AbsenceRow[];
  readonly substituting: readonly AbsenceRow[];
  readonly candidates: readonly { readonly id: string; readonly name: string }[];
}

export function AbsenceScreen() {
  const { t } = useI18n();
  const a = t.substitutes;
  const { me } = useSession();
  const userId = me?.userId ?? '';
  const loaded = useLoad(() => (userId === '' ? Promise.resolve(null) : get<Overview>(`/api/users/${userId}/absences`)), [userId]);
  const s = useSubmission();
  const cancel = useSubmission();
  const [substituteUserId, setSubstitute] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const data = loaded.data ?? null;
  const labelOf = (field: string): string => (field === 'startsOn' ? a.startsOn : field === 'endsOn' ? a.endsOn : a.substitute);
  const state = (r: AbsenceRow): string => (r.running ? a.running : a.planned);
  return (
    <>
      <Heading level={1} focusOnMount>
        {a.title}
      </Heading>
      <Paragraph lead>{a.intro}</Paragraph>
      {loaded.error === null ? null : <ErrorNotice error={loaded.error} />}
      {cancel.done === null ? (cancel.error === null ? null : <ErrorNotice error={cancel.error} />) : <Alert type="ok" role="status">{cancel.done}</Alert>}
      {data === null ? null : (
        <>
          <Section labelledBy="absence-mine">
            <Heading level={2} id="absence-mine">
              {a.mineTitle}
            </Heading>
            {data.absences.length === 0 ? (
              <Paragraph>{a.noneMine}</Paragraph>
            ) : (
              <Table
                caption={a.caption(data.absences.length)}
                head={[a.period, a.substitute, a.state, '']}
                rows={data.absences.map((r) => [
                  r.id,
                  [
                    `${dutchDate(r.startsOn)} – ${dutchDate(r.endsOn)}`,
                    r.substituteName,
                    state(r),
                    <Button
                      key="cancel"
                      appearance="secondary"
                      busy={cancel.busy}
                      disabled={cancel.busy}
                      onClick={() => {
                        void cancel.send('DELETE', `/api/users/${userId}/absences/${r.id}`, undefined, () => a.cancelled).then((x) => {
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
          <Section labelledBy="absence-substituting">
            <Heading level={2} id="absence-substituting">
              {a.substitutingTitle}
            </Heading>
            {data.substituting.length === 0 ? (
              <Paragraph>{a.noneSubstituting}</Paragraph>
            ) : (
              <Table
                caption={a.caption(data.substituting.length)}
                head={[a.absent, a.period, a.state]}
                rows={data.substituting.map((r) => [r.id, [r.userName, `${dutchDate(r.startsOn)} – ${dutchDate(r.endsOn)}`, state(r)]])}
              />
            )}
          </Section>
          <Section labelledBy="absence-form">
            <Heading level={2} id="absence-form">
              {a.formTitle}
            </Heading>
            {data.candidates.length === 0 ? (
              <Paragraph>{a.noColleague}</Paragraph>
            ) : (
              <form
                className="utrecht-form ct-form"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  const found = { ...missing({ substituteUserId, startsOn, endsOn }, t.surface.required, t.surface.required) };
                  if (startsOn.trim() !== '' && !isRealDate(startsOn)) found.startsOn = a.notADate;
                  if (endsOn.trim() !== '' && !isRealDate(endsOn)) found.endsOn = a.notADate;
                  if (s.refuse(found)) return;
                  void s.send('POST', `/api/users/${userId}/absences`, { substituteUserId, startsOn: isoDate(startsOn), endsOn: isoDate(endsOn) }, () => a.done).then((x) => {
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
                  description={a.substituteHint}
                  value={substituteUserId}
                  onChange={setSubstitute}
                  required
                  options={[{ value: '', label: a.choose }, ...data.candidates.map((c) => ({ value: c.id, label: c.name }))]}
                  error={s.fields.substituteUserId}
                />
                <TextField field="absence.startsOn" label={a.startsOn} description={a.dateHint} value={startsOn} onChange={setStartsOn} required error={s.fields.startsOn} />
                <TextField field="absence.endsOn" label={a.endsOn} description={a.dateHint} value={endsOn} onChange={setEndsOn} required error={s.fields.endsOn} />
                <Button type="submit" busy={s.busy} disabled={s.busy}>
                  {a.submit}
                </Button>
              </form>
            )}
          </Section>
        </>
      )}
    </>
  );
}
