/**
 * Four eyes on privileged roles (ADR 0031): the admin sees what waits for a manager, the manager
 * approves or rejects. The API decides who may decide (not the requester, not the account
 * itself); these screens only show and ask.
 */
import { ErrorNotice } from '../components/errors';
import { Button, ButtonGroup, Heading, Paragraph, Section, StatusBadge, Table } from '../components/ui';
import { get } from '../api/client';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

export interface RoleGrantView {
  readonly id: string;
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly requestedByName: string;
  readonly role: string;
  readonly kind: 'create' | 'role';
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly outcome: 'approved' | 'rejected' | null;
  readonly decidedAt: string | null;
}

export const loadRoleGrants = (): Promise<RoleGrantView[]> => get<RoleGrantView[]>('/api/role-grants');

/** The open request of an account, if any. */
export function pendingFor(grants: readonly RoleGrantView[] | undefined, userId: string): RoleGrantView | undefined {
  return grants?.find((g) => g.userId === userId && g.outcome === null);
}

/** The badge next to an account whose privileged role waits for a manager. */
export function PendingBadge({ grant }: { grant: RoleGrantView | undefined }) {
  const { t } = useI18n();
  if (grant === undefined) return null;
  return <StatusBadge status="warning">{t.fourEyes.pending.badge(label(t.roles, grant.role))}</StatusBadge>;
}

/** The admin's view: which requests wait for a manager. No decision can be taken here. */
export function PendingGrantsSection({ grants, error }: { grants: readonly RoleGrantView[] | undefined; error: unknown }) {
  const { t } = useI18n();
  const f = t.fourEyes;
  const d = t.governance.date;
  const open = (grants ?? []).filter((g) => g.outcome === null);
  return (
    <Section labelledBy="admin-pending-grants">
      <Heading level={2} id="admin-pending-grants">
        {f.pending.title}
      </Heading>
      <Paragraph>{f.pending.intro}</Paragraph>
      {error === null ? null : <ErrorNotice error={error} />}
      {grants === undefined ? null : open.length === 0 ? (
        <Paragraph>{f.pending.none}</Paragraph>
      ) : (
        <Table
          caption={f.pending.caption}
          head={[f.columns.account, f.columns.role, f.columns.kind, f.columns.requestedBy, f.columns.requestedAt]}
          rows={open.map((g) => [g.id, [`${g.displayName} (${g.username})`, label(t.roles, g.role), label(f.kinds, g.kind), g.requestedByName, d(g.requestedAt)]])}
        />
      )}
    </Section>
  );
}

/** The manager's screen: open requests with approve and reject, and what was decided lately. */
export function RoleGrantsScreen() {
  const { t } = useI18n();
  const f = t.fourEyes;
  const m = f.manager;
  const d = t.governance.date;
  const grants = useLoad(loadRoleGrants, []);
  const decision = useSubmission();
  const decide = (g: RoleGrantView, approve: boolean): void => {
    const name = g.displayName;
    const role = label(t.roles, g.role);
    void decision.send('POST', `/api/role-grants/${g.id}/${approve ? 'approve' : 'reject'}`, {}, () => (approve ? m.approved(name, role) : m.rejected(name, role))).then((r) => {
      if (r !== null) grants.reload();
    });
  };
  const open = (grants.data ?? []).filter((g) => g.outcome === null);
  const decided = (grants.data ?? []).filter((g) => g.outcome !== null).slice(0, 20);
  return (
    <>
      <Heading level={1} focusOnMount>
        {m.title}
      </Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <FormResult submission={decision} labelOf={(field) => field} />
      {grants.error === null ? null : <ErrorNotice error={grants.error} />}
      <Section labelledBy="grants-open">
        <Heading level={2} id="grants-open">
          {m.open}
        </Heading>
        {grants.data === undefined ? (
          <Paragraph>{t.app.loading}</Paragraph>
        ) : open.length === 0 ? (
          <Paragraph>{f.pending.none}</Paragraph>
        ) : (
          <Table
            caption={m.open}
            head={[f.columns.account, f.columns.role, f.columns.kind, f.columns.requestedBy, f.columns.requestedAt, f.columns.decision]}
            rows={open.map((g) => {
              const role = label(t.roles, g.role);
              return [
                g.id,
                [
                  `${g.displayName} (${g.username})`,
                  role,
                  label(f.kinds, g.kind),
                  g.requestedByName,
                  d(g.requestedAt),
                  <ButtonGroup key="decide">
                    <Button busy={decision.busy} aria-label={m.approveLabel(g.displayName, role)} onClick={() => decide(g, true)}>
                      {m.approve}
                    </Button>
                    <Button appearance="secondary" busy={decision.busy} aria-label={m.rejectLabel(g.displayName, role)} onClick={() => decide(g, false)}>
                      {m.reject}
                    </Button>
                  </ButtonGroup>,
                ],
              ];
            })}
          />
        )}
      </Section>
      {decided.length === 0 ? null : (
        <Section labelledBy="grants-decided">
          <Heading level={2} id="grants-decided">
            {m.decided}
          </Heading>
          <Table
            caption={m.decided}
            head={[f.columns.account, f.columns.role, f.columns.requestedBy, f.columns.outcome, f.columns.decidedAt]}
            rows={decided.map((g) => [g.id, [`${g.displayName} (${g.username})`, label(t.roles, g.role), g.requestedByName, label(m.outcomes, g.outcome ?? ''), g.decidedAt === null ? '' : d(g.decidedAt)]])}
          />
        </Section>
      )}
    </>
  );
}
