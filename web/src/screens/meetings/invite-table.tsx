/**
 * Inviting professionals (§3.2, P2) in one form: a row per partner with a person and a role, sent
 * at once (`POST …/invitations/batch`, all or none). Ticked beforehand are the partners that
 * already contributed in this case (the registration, a triage answer), as informant; that is a
 * suggestion of who to invite, not a legal choice: whether each invitation is lawful is the API's
 * decision, and a refusal names its row.
 */
import { useState } from 'react';
import { useDirectory } from '../../api/directory';
import type { DirectoryPerson } from '../../api/directory';
import type { CaseView } from '../../api/types';
import { Button, Paragraph } from '../../components/ui';
import { label, useI18n } from '../../i18n/i18n';
import { useSubmission } from '../case-sub-screen';
import { FormResult } from '../form-result';
import type { MeetingView } from './meeting-data';

const ROLES = ['informant', 'expert', 'intended_executor'] as const;

interface Row {
  readonly partnerId: string;
  readonly partnerName: string;
  readonly slug: string;
  readonly people: readonly DirectoryPerson[];
  readonly contributed: boolean;
}

interface Choice {
  readonly on: boolean;
  readonly userId: string;
  readonly role: string;
  /** What is asked of the party (seed 001/003 art. 9.2e) and its information need for the plan (art. 6.4c); empty: none recorded. */
  readonly requestedContribution: string;
  readonly informationNeed: string;
}

const TEXTS = ['requestedContribution', 'informationNeed'] as const;

export function InviteTable({ c, m, onDone }: { c: CaseView; m: MeetingView; onDone: () => void }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = useSubmission();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  if (dir.data === undefined) return null;
  const invited = new Set(m.invitations.map((i) => i.userId));
  const contributors = new Set([c.registrantPartnerId, ...c.contributions.filter((k) => !k.withdrawn).map((k) => k.byPartnerId)]);
  const rows: Row[] = dir.data.partners
    .filter((p) => p.member && p.active)
    .map((p) => ({
      partnerId: p.id,
      partnerName: p.name,
      slug: p.slug,
      people: dir.data?.people.filter((x) => x.partnerId === p.id && x.role === 'professional' && !invited.has(x.id)) ?? [],
      contributed: contributors.has(p.id) && !m.invitations.some((i) => i.partnerId === p.id),
    }))
    .filter((r) => r.people.length > 0)
    .sort((a, b) => Number(b.contributed) - Number(a.contributed) || a.partnerName.localeCompare(b.partnerName, 'nl'));
  if (rows.length === 0) return null;
  const choiceOf = (r: Row): Choice => choices[r.partnerId] ?? { on: r.contributed, userId: r.people[0]?.id ?? '', role: 'informant', requestedContribution: '', informationNeed: '' };
  const set = (r: Row, patch: Partial<Choice>): void => setChoices({ ...choices, [r.partnerId]: { ...choiceOf(r), ...patch } });
  const chosen = rows.filter((r) => choiceOf(r).on);
  const labelOf = (f: string): string => {
    const row = /^invitations\.(\d+)\.(\w+)$/.exec(f);
    const r = row === null ? undefined : chosen[Number(row[1])];
    if (row === null || r === undefined) return t.rto.inviteColumn;
    if (row[2] === 'requestedContribution') return t.rto.requestedContributionOf(r.partnerName);
    if (row[2] === 'informationNeed') return t.rto.informationNeedOf(r.partnerName);
    return row[2] === 'role' ? t.rto.roleOf(r.partnerName) : t.rto.personOf(r.partnerName);
  };
  return (
    <form
      className="utrecht-form ct-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (s.refuse(chosen.length === 0 ? { invitations: t.rto.chooseInvitees } : {})) return;
        const texts = (ch: Choice): Record<string, string> => Object.fromEntries(TEXTS.filter((f) => ch[f].trim() !== '').map((f) => [f, ch[f].trim()]));
        const body = { invitations: chosen.map((r) => ({ userId: choiceOf(r).userId, role: choiceOf(r).role, ...texts(choiceOf(r)) })) };
        void s.send<readonly unknown[]>('POST', `/api/cases/${c.id}/meetings/${m.id}/invitations/batch`, body, (r) => t.rto.invitedN(r.length)).then((r) => {
          if (r === null) return;
          setChoices({});
          onDone();
        });
      }}
    >
      <FormResult submission={s} labelOf={labelOf} idPrefix="invite-table." />
      <Paragraph>{t.rto.inviteTableHint}</Paragraph>
      <div className="utrecht-table-container utrecht-table-container--overflow-inline">
        <table className="utrecht-table utrecht-table--html-table" id="f-invite-table-invitations">
          <caption className="utrecht-table__caption">{t.rto.inviteTable}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t.rto.inviteColumn}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t.rto.person}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t.rto.role}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t.rto.requestedContribution}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t.rto.informationNeed}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((r) => {
              const ch = choiceOf(r);
              const id = `f-invite-${r.slug}`;
              return (
                <tr className="utrecht-table__row" key={r.partnerId} data-partner={r.slug}>
                  <td className="utrecht-table__cell">
                    <input id={`${id}-on`} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={ch.on} onChange={(e) => set(r, { on: e.target.checked })} />{' '}
                    <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-on`}>
                      {r.partnerName}
                    </label>
                    {r.contributed ? ` (${t.rto.contributed})` : null}
                  </td>
                  <td className="utrecht-table__cell">
                    <label className="ct-visually-hidden" htmlFor={`${id}-person`}>
                      {t.rto.personOf(r.partnerName)}
                    </label>
                    <select id={`${id}-person`} className="utrecht-select utrecht-select--html-select" value={ch.userId} disabled={!ch.on} onChange={(e) => set(r, { userId: e.target.value })}>
                      {r.people.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.displayName}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="utrecht-table__cell">
                    <label className="ct-visually-hidden" htmlFor={`${id}-role`}>
                      {t.rto.roleOf(r.partnerName)}
                    </label>
                    <select id={`${id}-role`} className="utrecht-select utrecht-select--html-select" value={ch.role} disabled={!ch.on} onChange={(e) => set(r, { role: e.target.value })}>
                      {ROLES.map((v) => (
                        <option key={v} value={v}>
                          {label(t.rto.roles, v)}
                        </option>
                      ))}
                    </select>
                  </td>
                  {TEXTS.map((f) => (
                    <td className="utrecht-table__cell" key={f}>
                      <label className="ct-visually-hidden" htmlFor={`${id}-${f}`}>
                        {f === 'requestedContribution' ? t.rto.requestedContributionOf(r.partnerName) : t.rto.informationNeedOf(r.partnerName)}
                      </label>
                      <input id={`${id}-${f}`} type="text" maxLength={2000} className="utrecht-textbox utrecht-textbox--html-input" value={ch[f]} disabled={!ch.on} onChange={(e) => set(r, { [f]: e.target.value })} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button type="submit" appearance="secondary" busy={s.busy} disabled={s.busy}>
        {t.rto.inviteChosen(chosen.length)}
      </Button>
    </form>
  );
}
