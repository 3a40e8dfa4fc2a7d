/** A partner's membership as a badge, in the words the domain's facts allow (P1); no rule is recomputed here. */
import { StatusBadge } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import type { PartnerView } from './admin-data';

export function MembershipBadge({ partner }: { partner: PartnerView }) {
  const { t } = useI18n();
  const g = t.governance.partners;
  const d = t.governance.date;
  if (partner.active && partner.endsAt !== null) return <StatusBadge status="warning">{g.statusNotice(d(partner.endsAt))}</StatusBadge>;
  if (partner.active) return <StatusBadge status="active">{partner.joinedAt === null ? g.statusActive : g.statusActiveSince(d(partner.joinedAt))}</StatusBadge>;
  if (partner.inactiveReason === 'membership_ended' && partner.endsAt !== null) return <StatusBadge status="inactive">{g.statusEnded(d(partner.endsAt))}</StatusBadge>;
  if (partner.inactiveReason === 'membership_not_started') return <StatusBadge status="neutral">{g.statusNotStarted}</StatusBadge>;
  if (partner.accessionPending !== null) return <StatusBadge status="neutral">{g.statusCandidate}</StatusBadge>;
  return <StatusBadge status="inactive">{g.statusNotMember}</StatusBadge>;
}
