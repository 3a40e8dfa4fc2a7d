/** Administration: partners and users of the collaboration. No case content is reachable here. */
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { Heading, Paragraph, Section, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';

interface PartnerRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly active: boolean;
}

interface UserRow {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly active: boolean;
  readonly confidentialityDeclaredAt: string | null;
  readonly vogCheckedAt: string | null;
}

export function AdminScreen() {
  const { t } = useI18n();
  const partners = useLoad(() => get<PartnerRow[]>('/api/partners'), []);
  const users = useLoad(() => get<UserRow[]>('/api/users'), []);
  const yesNo = (b: boolean): string => (b ? t.common.yes : t.common.no);
  return (
    <>
      <Heading level={1} focusOnMount>
        {t.admin.title}
      </Heading>
      <Paragraph lead>{t.admin.intro}</Paragraph>
      <Section labelledBy="admin-partners">
        <Heading level={2} id="admin-partners">
          {t.admin.partners}
        </Heading>
        {partners.error === null ? null : <ErrorNotice error={partners.error} />}
        {partners.data === undefined ? null : (
          <Table caption={t.admin.partners} head={[t.admin.name, t.admin.type, t.admin.active]} rows={partners.data.map((p) => [p.id, [p.name, p.type, yesNo(p.active)]])} />
        )}
      </Section>
      <Section labelledBy="admin-users">
        <Heading level={2} id="admin-users">
          {t.admin.users}
        </Heading>
        {users.error === null ? null : <ErrorNotice error={users.error} />}
        {users.data === undefined ? null : (
          <Table
            caption={t.admin.users}
            head={[t.admin.username, t.admin.name, t.admin.role, t.admin.active, t.admin.checks]}
            rows={users.data.map((u) => [
              u.id,
              [u.username, u.displayName, label(t.roles, u.role), yesNo(u.active), u.confidentialityDeclaredAt !== null && u.vogCheckedAt !== null ? t.admin.checked : t.admin.missing],
            ])}
          />
        )}
      </Section>
    </>
  );
}
