/**
 * The parts the own absence screen and the admin's absence screen share (ADR 0116, ADR 0167): the
 * list of a user's absences with a cancel button per row, and the form that records an absence with
 * a substitute. The API decides every rule (who may, the colleague, the period, overlaps) and
 * reports all problems at once; the form keeps what was typed. The admin's form asks for a
 * confirmation first (`confirm`), the own form records at once.
 */
import { useState } from 'react';
import { ConfirmStep } from '../components/confirm';
import { ErrorNotice } from '../components/errors';
import { SelectField, TextField } from '../components/form';
import { Alert, Button, Table } from '../components/ui';
import { dutchDate, isRealDate, isoDate } from '../dates';
import { useI18n } from '../i18n/i18n';
import { missing, useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

export interface AbsenceRow {
  readonly id: string;
  readonly userName?: string;
  readonly substituteName: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly running: boolean;
}
export interface AbsenceOverview {
  readonly absences: readonly AbsenceRow[];
  readonly substituting?: readonly AbsenceRow[];
  readonly candidates: readonly { readonly id: string; readonly name: string }[];
}

export const period = (r: AbsenceRow): string => `${dutchDate(r.startsOn)} – ${dutchDate(r.endsOn)}`;

/** A user's absences, each with its cancel button; `cancelled` is the message after a cancel. */
export function AbsenceTable({ userId, rows, caption, cancelled, onChanged }: { userId: string; rows: readonly AbsenceRow[]; caption: string; cancelled: string; onChanged: () => void }) {
  const { t } = useI18n();
  const a = t.substitutes;
  const cancel = useSubmission();
  return (
    <>
      {cancel.done === null ? (cancel.error === null ? null : <ErrorNotice error={cancel.error} />) : <Alert type="ok" role="status">{cancel.done}</Alert>}
      <Table
        caption={caption}
        head={[a.period, a.substitute, a.state, '']}
        rows={rows.map((r) => [
          r.id,
          [
            period(r),
            r.substituteName,
            r.running ? a.running : a.planned,
            <Button
              key="cancel"
              appearance="secondary"
              busy={cancel.busy}
              disabled={cancel.busy}
              onClick={() => {
                void cancel.send('DELETE', `/api/users/${userId}/absences/${r.id}`, undefined, () => cancelled).then((x) => {
                  if (x !== null) onChanged();
                });
              }}
            >
              {a.cancel(dutchDate(r.startsOn), dutchDate(r.endsOn))}
            </Button>,
          ],
        ])}
      />
    </>
  );
}

export interface AbsenceConfirmation {
  readonly action: string;
  readonly consequence: (substituteName: string, startsOn: string, endsOn: string) => string;
  readonly reversible: string;
}

/**
 * The form that records `userId`'s absence. With `confirm`, the first press only says what will
 * happen and the second records it; any change to a field takes the confirmation away again.
 */
export function AbsenceForm({
  userId,
  candidates,
  substituteHint,
  done,
  confirm,
  onRecorded,
}: {
  userId: string;
  candidates: AbsenceOverview['candidates'];
  substituteHint: string;
  done: string;
  confirm?: AbsenceConfirmation;
  onRecorded: () => void;
}) {
  const { t } = useI18n();
  const a = t.substitutes;
  const s = useSubmission();
  const [substituteUserId, setSubstitute] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const labelOf = (field: string): string => (field === 'startsOn' ? a.startsOn : field === 'endsOn' ? a.endsOn : a.substitute);
  const change = (set: (v: string) => void) => (v: string) => {
    set(v);
    setConfirming(false);
  };
  const substituteName = candidates.find((c) => c.id === substituteUserId)?.name ?? '';
  return (
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
        if (confirm !== undefined && !confirming) {
          setConfirming(true);
          return;
        }
        void s.send('POST', `/api/users/${userId}/absences`, { substituteUserId, startsOn: isoDate(startsOn), endsOn: isoDate(endsOn) }, () => done).then((x) => {
          setConfirming(false);
          if (x === null) return;
          setSubstitute('');
          setStartsOn('');
          setEndsOn('');
          onRecorded();
        });
      }}
    >
      <FormResult submission={s} labelOf={labelOf} idPrefix="absence." />
      <SelectField
        field="absence.substituteUserId"
        label={a.substitute}
        description={substituteHint}
        value={substituteUserId}
        onChange={change(setSubstitute)}
        required
        options={[{ value: '', label: a.choose }, ...candidates.map((c) => ({ value: c.id, label: c.name }))]}
        error={s.fields.substituteUserId}
      />
      <TextField field="absence.startsOn" label={a.startsOn} description={a.dateHint} value={startsOn} onChange={change(setStartsOn)} required error={s.fields.startsOn} />
      <TextField field="absence.endsOn" label={a.endsOn} description={a.dateHint} value={endsOn} onChange={change(setEndsOn)} required error={s.fields.endsOn} />
      {confirm !== undefined && confirming ? (
        <ConfirmStep action={confirm.action} consequence={confirm.consequence(substituteName, startsOn, endsOn)} reversible={confirm.reversible} busy={s.busy} onCancel={() => setConfirming(false)} />
      ) : (
        <Button type="submit" busy={s.busy} disabled={s.busy}>
          {a.submit}
        </Button>
      )}
    </form>
  );
}
