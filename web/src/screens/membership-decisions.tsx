/**
 * The history of decisions that ended a partner's membership other than by ordinary notice (P1):
 * exclusions, withdrawals over an amendment and immediate terminations, for the administrator who
 * records them and the manager. The API decides who reads it.
 */
import { get } from '../api/client';
import type { paths } from '../api/contract';
import { ErrorNotice } from '../components/errors';
import { Heading, Paragraph, Table } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { useLoad } from '../use-load';
import { usePartnerName } from './names';

/** One decision as the API answers it (from the generated contract). */
type MembershipDecision = paths['/api/membership-decisions']['get']['responses'][200]['content']['application/json'][number];

export function MembershipDecisionsScreen() {
  const { t } = useI18n();
  const m = t.governance.membership;
  const d = t.governance.date;
  const partnerName = usePartnerName();
  const list = useLoad(() => get<MembershipDecision[]>('/api/membership-decisions'), []);
  const details = (x: MembershipDecision): string =>
    [
      x.kind === 'immediate_termination' ? null : x.reason,
      x.votes === null ? null : m.votes(x.votes.for, x.votes.against),
      x.noticeOfDefault === null ? null : m.noticeOfDefault(d(x.noticeOfDefault.givenAt), x.noticeOfDefault.reference),
      x.amendment === null ? null : m.amendment(x.amendment.title, d(x.amendment.takesEffectAt)),
      x.consents.length === 0 ? null : m.consents(x.consents.map(partnerName).join(', ')),
    ]
      .filter((p): p is string => p !== null && p !== '')
      .join('; ');
  return (
    <>
      <Heading level={1} focusOnMount>
        {m.title}
      </Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      {list.error === null ? null : <ErrorNotice error={list.error} />}
      {list.data === undefined ? (
        list.error === null ? <Paragraph>{t.app.loading}</Paragraph> : null
      ) : list.data.length === 0 ? (
        <Paragraph>{m.none}</Paragraph>
      ) : (
        <Table
          caption={m.caption}
          head={[m.partner, m.kind, m.decidedAt, m.effectiveAt, m.details, m.recordedBy]}
          rows={list.data.map((x) => [x.id, [x.partnerName, label(m.kinds, x.kind), d(x.decidedAt), d(x.effectiveAt), details(x), x.recordedByName]])}
        />
      )}
    </>
  );
}
