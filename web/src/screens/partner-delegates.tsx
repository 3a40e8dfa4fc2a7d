/**
 * Who speaks for a partner (ADR 0212): the designation in force with its date and who made it,
 * who receives the partner's notices now (the designated users, or the derived contacts), a form
 * to choose the delegates among the partner's active users, and the earlier designations. Shown
 * on the administrator's partner page and on the manager's page for its own organisation.
 */
import type { paths } from '../api/contract';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { CheckboxGroup } from '../components/form';
import { Button, DataList, Heading, ListItem, Paragraph, Section, UnorderedList } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { FormResult } from './form-result';
import { useSubmission } from './case-sub-screen';
import { usePartnerName } from './names';
import { useSession } from '../session';

/** The designations of a partner as the API answers them (from the generated contract). */
export type PartnerDelegatesView = paths['/api/partners/{partnerId}/delegates']['get']['responses'][200]['content']['application/json'];
type Designation = PartnerDelegatesView['history'][number];

export function PartnerDelegates({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const g = t.governance.delegates;
  const d = t.governance.date;
  const loaded = useLoad(() => get<PartnerDelegatesView>(`/api/partners/${partnerId}/delegates`), [partnerId]);
  const submission = useSubmission();
  const [chosen, setChosen] = useState<string[]>([]);
  const view = loaded.data;
  useEffect(() => {
    if (view !== undefined) setChosen([...(view.current?.userIds ?? [])].filter((id) => view.users.some((u) => u.id === id && u.active && u.ofPartner)));
  }, [view]);
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (view === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  const userLabel = (id: string): string => {
    const u = view.users.find((x) => x.id === id);
    if (u === undefined) return id;
    const notes = [...(u.active ? [] : [g.inactive]), ...(u.ofPartner ? [] : [g.left])];
    return `${g.user(u.displayName, label(t.roles, u.role))}${notes.length > 0 ? `, ${notes.join(', ')}` : ''}`;
  };
  const describe = (x: Designation): string => (x.userIds.length === 0 ? g.withdrawnOn(x.designatedByName, d(x.designatedAt)) : g.designatedOn(x.userIds.map(userLabel).join(', '), x.designatedByName, d(x.designatedAt)));
  const candidates = view.users.filter((u) => u.active && u.ofPartner);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void submission.send<PartnerDelegatesView>('PUT', `/api/partners/${partnerId}/delegates`, { userIds: chosen }, () => g.saved).then((r) => {
      if (r !== null) loaded.reload();
    });
  };
  const fieldError = Object.entries(submission.fields).find(([k]) => k === 'userIds' || k.startsWith('userIds.'))?.[1];
  return (
    <Section labelledBy="partner-delegates">
      <Heading level={2} id="partner-delegates">
        {g.title}
      </Heading>
      <Paragraph>{g.intro}</Paragraph>
      <DataList
        items={[
          [g.current, view.current === null ? g.none : view.current.userIds.length === 0 ? `${g.withdrawn} ${describe(view.current)}` : describe(view.current)],
          [g.contactsNow, view.contacts.map(userLabel).join(', ')],
          [g.source, view.designationInForce ? g.fromDesignation : g.derived],
        ]}
      />
      <FormResult submission={submission} labelOf={() => g.choose} />
      {candidates.length === 0 ? (
        <Paragraph>{g.noCandidates}</Paragraph>
      ) : (
        <form className="utrecht-form" onSubmit={submit} noValidate>
          <CheckboxGroup
            field="userIds"
            legend={g.choose}
            description={g.chooseDescription}
            error={fieldError}
            options={candidates.map((u) => ({ value: u.id, label: g.user(u.displayName, label(t.roles, u.role)) }))}
            selected={chosen}
            onChange={setChosen}
          />
          <Button type="submit" busy={submission.busy}>
            {g.save}
          </Button>
        </form>
      )}
      {view.history.length === 0 ? null : (
        <>
          <Heading level={3}>{g.history}</Heading>
          <UnorderedList>
            {view.history.map((h) => (
              <ListItem key={`${h.designatedAt}-${h.designatedBy}-${h.userIds.join(',')}`}>{describe(h)}</ListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </Section>
  );
}

/** The manager's page for its own organisation (`/delegates`): the same designation, for its own partner only. */
export function OwnDelegatesScreen() {
  const { t } = useI18n();
  const { me } = useSession();
  const partnerName = usePartnerName();
  const g = t.governance.delegates;
  if (me === null || me === undefined) return null;
  return (
    <>
      <Heading level={1} focusOnMount>
        {g.ownTitle}
      </Heading>
      <Paragraph lead>{g.ownIntro(partnerName(me.partnerId))}</Paragraph>
      <PartnerDelegates partnerId={me.partnerId} />
    </>
  );
}
