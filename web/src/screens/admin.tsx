/** Administration: partners and users of the collaboration, and the way to tables and membership. No case content is reachable here. */
import { ErrorNotice } from '../components/errors';
import { Heading, ListItem, Paragraph, Section, Table, UnorderedList } from '../components/ui';
import { OutboxSection } from './admin-outbox';
import { DOCUMENT_URLS, DocumentLink } from './document-link';
import { label, useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useLoad } from '../use-load';
import { loadPartners, loadUsers } from './admin-data';
import { MembershipBadge } from './admin-status';
import { DeclarationRegisterSection, loadRegister } from './declarations';
import { loadRoleGrants, PendingBadge, PendingGrantsSection, pendingFor } from './role-grants';

export function AdminScreen() {
  const { t } = useI18n();
  const g = t.governance;
  const partners = useLoad(loadPartners, []);
  const users = useLoad(loadUsers, []);
  const grants = useLoad(loadRoleGrants, []);
  // A collaboration whose covenant asks no VOG (`declarations.vog.required`) needs only the declaration.
  const vogAsked = useLoad(loadRegister, []).data?.policy.vogRequired ?? true;
  const yesNo = (b: boolean): string => (b ? t.common.yes : t.common.no);
  return (
    <>
      <Heading level={1} focusOnMount>
        {t.admin.title}
      </Heading>
      <Paragraph lead>{t.admin.intro}</Paragraph>
      <nav aria-label={g.overview.links}>
        <UnorderedList>
          <ListItem>
            <Link to="/admin/tables">{g.overview.tables}</Link>
          </ListItem>
          <ListItem>
            <Link to="/admin/partners">{g.overview.partners}</Link>
          </ListItem>
        </UnorderedList>
      </nav>
      <Section labelledBy="admin-partners">
        <Heading level={2} id="admin-partners">
          {t.admin.partners}
        </Heading>
        {partners.error === null ? null : <ErrorNotice error={partners.error} />}
        {partners.data === undefined ? null : (
          <Table
            caption={t.admin.partners}
            head={[t.admin.name, t.admin.type, g.overview.status]}
            rows={partners.data.map((p) => [p.id, [p.name, label(g.partnerTypes, p.type), <MembershipBadge partner={p} key="status" />]])}
          />
        )}
      </Section>
      <PendingGrantsSection grants={grants.data} error={grants.error} />
      <Section labelledBy="admin-users">
        <Heading level={2} id="admin-users">
          {t.admin.users}
        </Heading>
        {users.error === null ? null : <ErrorNotice error={users.error} />}
        {users.data === undefined ? null : (
          <Table
            caption={t.admin.users}
            head={[t.admin.username, t.admin.name, t.admin.role, t.admin.active, t.admin.checks, g.overview.edit]}
            rows={users.data.map((u) => [
              u.id,
              [
                u.username,
                u.displayName,
                <span key="role">
                  {label(t.roles, u.role)} <PendingBadge grant={pendingFor(grants.data, u.id)} />
                </span>,
                yesNo(u.active),
                u.confidentialityDeclaredAt !== null && (u.vogCheckedAt !== null || !vogAsked) ? t.admin.checked : t.admin.missing,
                <Link to={`/admin/users/${u.id}`} key="edit" aria-label={g.overview.editUser(u.displayName)}>
                  {g.overview.edit}
                </Link>,
              ],
            ])}
          />
        )}
        <Paragraph>
          <DocumentLink href={DOCUMENT_URLS.declarationRegister()}>{t.documents.pdf(t.documents.declarationRegister)}</DocumentLink>
        </Paragraph>
      </Section>
      <DeclarationRegisterSection />
      <OutboxSection />
    </>
  );
}
