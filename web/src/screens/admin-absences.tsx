/**
 * The admin records another user's absence with a substitute (issue 15 item 5; ADR 0116, ADR 0167):
 * choose the user, the substitute (a colleague of the same partner and role, as the API offers)
 * and the period; the first press shows what will happen, the second records it. The API decides
 * every rule (who may, the colleague, the period, overlaps) and reports all problems at once; the
 * form keeps what was typed. The admin sees no case content here.
 */
import { useState } from 'react';
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { SelectField } from '../components/form';
import { Heading, Paragraph, Section } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { AbsenceForm, type AbsenceOverview, AbsenceTable } from './absence-parts';
import { loadUsers } from './admin-data';

/** Roles that work in cases and so may need a substitute. */
const CASE_ROLES = ['professional', 'process_director', 'support'];

export function AdminAbsencesScreen() {
  const { t } = useI18n();
  const a = t.substitutes;
  const users = useLoad(loadUsers, []);
  const [userId, setUserId] = useState('');
  const chosen = users.data?.find((u) => u.id === userId);
  const name = chosen?.displayName ?? '';
  const loaded = useLoad(() => (userId === '' ? Promise.resolve(null) : get<AbsenceOverview>(`/api/users/${userId}/absences`)), [userId]);
  const data = loaded.data ?? null;
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
            onChange={setUserId}
            options={[
              { value: '', label: a.admin.chooseUser },
              ...users.data.filter((u) => u.active && CASE_ROLES.includes(u.role)).map((u) => ({ value: u.id, label: `${u.displayName} (${label(t.roles, u.role)})` })),
            ]}
          />
        </form>
      )}
      {loaded.error === null ? null : <ErrorNotice error={loaded.error} />}
      {data === null || chosen === undefined ? null : (
        // Keyed by the chosen user: choosing another starts with an empty form and no old messages.
        <div key={userId}>
          <Section labelledBy="admin-absence-current">
            <Heading level={2} id="admin-absence-current">
              {a.admin.currentTitle(name)}
            </Heading>
            {data.absences.length === 0 ? (
              <Paragraph>{a.admin.none(name)}</Paragraph>
            ) : (
              <AbsenceTable userId={userId} rows={data.absences} caption={a.admin.currentTitle(name)} cancelled={a.admin.cancelled(name)} onChanged={loaded.reload} />
            )}
          </Section>
          <Section labelledBy="admin-absence-form">
            <Heading level={2} id="admin-absence-form">
              {a.formTitle}
            </Heading>
            {data.candidates.length === 0 ? (
              <Paragraph>{a.admin.noColleague(name)}</Paragraph>
            ) : (
              <AbsenceForm
                userId={userId}
                candidates={data.candidates}
                substituteHint={a.admin.substituteHint}
                done={a.admin.done(name)}
                confirm={{ action: a.admin.action(name), consequence: (sub, from, to) => a.admin.consequence(name, sub, from, to), reversible: a.admin.reversible }}
                onRecorded={loaded.reload}
              />
            )}
          </Section>
        </div>
      )}
    </>
  );
}
