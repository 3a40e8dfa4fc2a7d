/**
 * The register of confidentiality declarations and VOG checks (issue 16 item 8): the signed-in
 * user is told when its own is due or expired; the admin and the manager see who is due. Periods
 * and whether an expired one refuses case content come from the collaboration's configuration.
 */
import { get } from '../api/client';
import { ErrorNotice } from '../components/errors';
import { Alert, Heading, Paragraph, Section, Table } from '../components/ui';
import { dutchDate } from '../dates';
import { label, useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useLoad } from '../use-load';

interface DueRow {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly kind: string;
  readonly state: string;
  readonly expiresAt: string | null;
  readonly refusesPersonalData: boolean;
}
interface Register {
  readonly policy: { readonly confidentialityValidMonths: number | null; readonly vogRequired: boolean; readonly vogValidMonths: number | null; readonly reminderDaysBefore: number };
  readonly due: readonly DueRow[];
}

export const loadRegister = (): Promise<Register> => get<Register>('/api/users/declarations');

/** Tells the signed-in user that its declaration or VOG check is due or expired. */
export function DeclarationNotice() {
  const { t } = useI18n();
  const { me } = useSession();
  const d = t.declarations;
  const told = (me?.declarations ?? []).filter((x) => (x.state === 'due' || x.state === 'expired') && x.expiresAt !== null);
  if (me === null || me === undefined || told.length === 0) return null;
  return (
    <Alert type={told.some((x) => x.state === 'expired') ? 'warning' : 'info'} role="status">
      {told.map((x) => (
        <Paragraph key={x.kind}>
          {(x.state === 'expired' ? d.expiredNotice : d.dueNotice)(label(d.kinds, x.kind), dutchDate(x.expiresAt))}
          {x.state === 'expired' && me.personalDataBlock !== null ? ` ${d.refusedNotice}` : ''}
        </Paragraph>
      ))}
    </Alert>
  );
}

/** Who is due: missing, due for renewal or expired, soonest first. */
export function DeclarationRegisterSection() {
  const { t } = useI18n();
  const d = t.declarations;
  const register = useLoad(loadRegister, []);
  const p = register.data?.policy;
  return (
    <Section labelledBy="declaration-register">
      <Heading level={2} id="declaration-register">
        {d.registerTitle}
      </Heading>
      {register.error === null ? null : <ErrorNotice error={register.error} />}
      {p === undefined ? null : <Paragraph>{d.registerIntro(d.validFor(p.confidentialityValidMonths), p.vogRequired ? d.validFor(p.vogValidMonths) : d.vogNotRequired, p.reminderDaysBefore)}</Paragraph>}
      {register.data === undefined ? null : register.data.due.length === 0 ? (
        <Paragraph>{d.nobodyDue}</Paragraph>
      ) : (
        <Table
          caption={d.registerTitle}
          head={[d.who, d.kind, d.state, d.expiresAt, d.refuses]}
          rows={register.data.due.map((r) => [
            `${r.userId}-${r.kind}`,
            [`${r.displayName} (${r.username})`, label(d.kinds, r.kind), label(d.states, r.state), r.expiresAt === null ? '—' : dutchDate(r.expiresAt), r.refusesPersonalData ? t.common.yes : t.common.no],
          ])}
        />
      )}
    </Section>
  );
}
