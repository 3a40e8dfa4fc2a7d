/** One user as the admin manages it (§4): role, the recorded confidentiality declaration and VOG check, deactivation. No case content. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ConfirmStep } from '../components/confirm';
import { ErrorNotice } from '../components/errors';
import { CheckboxGroup, RadioGroup, SelectField, TextField } from '../components/form';
import { useCollaboration } from '../api/collaboration';
import { useSession } from '../session';
import { Button, DataList, Heading, Paragraph, Section } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useLoad } from '../use-load';
import { FormResult } from './form-result';
import { dateTime, today, useSubmission } from './case-sub-screen';
import { ROLE_NAMES, loadUsers } from './admin-data';
import type { UserView } from './admin-data';
import { DOCUMENT_URLS, DocumentLink } from './document-link';
import { loadRoleGrants, PendingBadge, pendingFor } from './role-grants';

export function UserScreen({ userId }: { userId: string }) {
  const { t } = useI18n();
  const users = useLoad(loadUsers, []);
  if (users.error !== null) return <ErrorNotice error={users.error} />;
  if (users.data === undefined) return <Paragraph>{t.app.loading}</Paragraph>;
  const user = users.data.find((u) => u.id === userId);
  if (user === undefined) {
    return (
      <>
        <Heading level={1} focusOnMount>
          {t.governance.user.notFound}
        </Heading>
        <Paragraph>
          <Link to="/admin">{t.governance.user.back}</Link>
        </Paragraph>
      </>
    );
  }
  return <UserDetails user={user} reload={users.reload} />;
}

function UserDetails({ user, reload }: { user: UserView; reload: () => void }) {
  const { t } = useI18n();
  const g = t.governance.user;
  const d = t.governance.date;
  const grants = useLoad(loadRoleGrants, []);
  const pending = pendingFor(grants.data, user.id);
  const roleForm = useSubmission();
  const checksForm = useSubmission();
  const deactivation = useSubmission();
  const [role, setRole] = useState(user.role);
  const [confidentialityAt, setConfidentialityAt] = useState(user.confidentialityDeclaredAt === null ? today() : user.confidentialityDeclaredAt.slice(0, 10));
  const [confirmingDeactivation, setConfirmingDeactivation] = useState(false);
  const [vogAt, setVogAt] = useState(user.vogCheckedAt === null ? today() : user.vogCheckedAt.slice(0, 10));
  const after = (r: unknown): void => {
    if (r !== null) {
      reload();
      grants.reload();
    }
  };
  const saveRole = (e: FormEvent): void => {
    e.preventDefault();
    void roleForm.send('PUT', `/api/users/${user.id}/role`, { role }, (r: { pendingApproval: boolean }) => (r.pendingApproval ? t.fourEyes.requestSaved(label(t.roles, role)) : g.roleSaved)).then(after);
  };
  const saveChecks = (e: FormEvent): void => {
    e.preventDefault();
    void checksForm.send('PUT', `/api/users/${user.id}/checks`, { confidentialityDeclaredAt: dateTime(confidentialityAt), vogCheckedAt: dateTime(vogAt) }, () => g.checksSaved).then(after);
  };
  const deactivate = (e: FormEvent): void => {
    e.preventDefault();
    if (!confirmingDeactivation) {
      setConfirmingDeactivation(true);
      return;
    }
    void deactivation.send('POST', `/api/users/${user.id}/deactivate`, {}, () => g.deactivated).then((r) => {
      setConfirmingDeactivation(false);
      after(r);
    });
  };
  return (
    <>
      <Heading level={1} focusOnMount>
        {g.title(user.displayName)}
      </Heading>
      <Paragraph>
        <Link to="/admin">{g.back}</Link>
      </Paragraph>
      <Section labelledBy="user-account">
        <Heading level={2} id="user-account">
          {g.account}
        </Heading>
        <DataList
          items={[
            [t.admin.username, user.username],
            [
              t.admin.role,
              <span key="role">
                {label(t.roles, user.role)} <PendingBadge grant={pending} />
              </span>,
            ],
            [t.admin.active, user.active ? t.common.yes : t.common.no],
            [g.confidentiality, user.confidentialityDeclaredAt === null ? g.notRecorded : d(user.confidentialityDeclaredAt)],
            [g.vog, user.vogCheckedAt === null ? g.notRecorded : d(user.vogCheckedAt)],
          ]}
        />
        <Paragraph>
          <DocumentLink href={DOCUMENT_URLS.confidentialityDeclaration(user.id)}>{t.documents.pdf(t.documents.declaration)}</DocumentLink>
        </Paragraph>
      </Section>
      {!user.active ? null : (
        <Section labelledBy="user-role">
          <Heading level={2} id="user-role">
            {g.roleTitle}
          </Heading>
          <FormResult submission={roleForm} labelOf={() => g.role} idPrefix="r-" />
          <form className="utrecht-form" onSubmit={saveRole} noValidate>
            <SelectField field="r-role" label={g.role} value={role} onChange={setRole} options={ROLE_NAMES.map((r) => ({ value: r, label: label(t.roles, r) }))} error={roleForm.fields.role} />
            <Button type="submit" busy={roleForm.busy}>
              {g.saveRole}
            </Button>
          </form>
        </Section>
      )}
      {user.active ? <WorkAreas user={user} reload={reload} /> : null}
      <Section labelledBy="user-checks">
        <Heading level={2} id="user-checks">
          {g.checksTitle}
        </Heading>
        <FormResult submission={checksForm} labelOf={(f) => (f === 'vogCheckedAt' ? g.vogAt : g.confidentialityAt)} idPrefix="c-" />
        <form className="utrecht-form" onSubmit={saveChecks} noValidate>
          <TextField field="c-confidentialityDeclaredAt" type="date" label={g.confidentialityAt} value={confidentialityAt} onChange={setConfidentialityAt} error={checksForm.fields.confidentialityDeclaredAt} />
          <TextField field="c-vogCheckedAt" type="date" label={g.vogAt} value={vogAt} onChange={setVogAt} error={checksForm.fields.vogCheckedAt} />
          <Button type="submit" busy={checksForm.busy}>
            {g.saveChecks}
          </Button>
        </form>
      </Section>
      <Section labelledBy="user-deactivate">
          <Heading level={2} id="user-deactivate">
            {g.deactivateTitle}
          </Heading>
          <FormResult submission={deactivation} labelOf={(f) => f} />
          {user.active ? (
            <form className="utrecht-form" onSubmit={deactivate} noValidate>
              <Paragraph>{g.deactivateIntro}</Paragraph>
              {confirmingDeactivation ? (
                <ConfirmStep action={g.deactivate} consequence={t.surface.deactivateConsequence(user.displayName)} busy={deactivation.busy} onCancel={() => setConfirmingDeactivation(false)} />
              ) : (
                <Button type="submit" appearance="secondary" busy={deactivation.busy}>
                  {g.deactivate}
                </Button>
              )}
            </form>
          ) : deactivation.done === null ? (
            <Paragraph>{g.inactive}</Paragraph>
          ) : null}
      </Section>
    </>
  );
}

/**
 * The wijken of a process director (several) or a statistician (one), where the collaboration has
 * work areas (004-C06, 004-R09); other roles are not offered any, as the domain refuses them.
 */
function WorkAreas({ user, reload }: { user: UserView; reload: () => void }) {
  const { t } = useI18n();
  const g = t.governance.user;
  const { me } = useSession();
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  const areas = collaboration?.config.workAreas ?? [];
  const form = useSubmission();
  const [chosen, setChosen] = useState<string[]>([...user.workAreas]);
  if (areas.length === 0 || (user.role !== 'process_director' && user.role !== 'statistician')) return null;
  const name = (id: string): string => areas.find((a) => a.id === id)?.name ?? id;
  const save = (e: FormEvent): void => {
    e.preventDefault();
    void form.send('PUT', `/api/users/${user.id}/work-areas`, { workAreas: chosen }, () => g.workAreasSaved).then((r) => {
      if (r !== null) reload();
    });
  };
  return (
    <Section labelledBy="user-work-areas">
      <Heading level={2} id="user-work-areas">
        {g.workAreasTitle}
      </Heading>
      <Paragraph>{user.role === 'statistician' ? g.workAreasStatistician : g.workAreasDirector}</Paragraph>
      <DataList items={[[g.workAreasNow, user.workAreas.length === 0 ? g.workAreasNone : user.workAreas.map(name).join(', ')]]} />
      <FormResult submission={form} labelOf={() => g.workAreas} idPrefix="w-" />
      <form className="utrecht-form" onSubmit={save} noValidate>
        {user.role === 'statistician' ? (
          <RadioGroup
            field="w-workAreas"
            legend={g.workArea}
            value={chosen[0] ?? ''}
            onChange={(v) => setChosen(v === '' ? [] : [v])}
            error={form.fields.workAreas}
            options={[{ value: '', label: g.noWorkArea }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
          />
        ) : (
          <CheckboxGroup field="w-workAreas" legend={g.workAreas} error={form.fields.workAreas} options={areas.map((a) => ({ value: a.id, label: a.name }))} selected={chosen} onChange={setChosen} />
        )}
        <Button type="submit" busy={form.busy}>
          {g.saveWorkAreas}
        </Button>
      </form>
    </Section>
  );
}
