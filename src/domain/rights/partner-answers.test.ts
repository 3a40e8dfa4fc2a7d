import { describe, expect, it } from 'vitest';
import type { NoticeUser } from '../notifications/recipients.js';
import { answeringPartner, checkPartnerAnswer, partnerProgress, rightsRequestReader } from './partner-answers.js';

const users: NoticeUser[] = [
  { id: 'po', partnerId: 'gemeente', role: 'privacy_officer', active: true },
  { id: 'pol-pro', partnerId: 'politie', role: 'professional', active: true },
  { id: 'pol-po', partnerId: 'politie', role: 'privacy_officer', active: true },
  { id: 'rn-pro', partnerId: 'reclassering', role: 'professional', active: true },
];
const open = { status: 'open', kind: 'access' as const, routedTo: ['politie', 'reclassering'] };

describe('P15 partners answer a routed rights request for their own data', () => {
  it('002-A30 the office reads every request; a routed partner reads through its privacy contact only', () => {
    expect(rightsRequestReader({ userId: 'po', partnerId: 'gemeente' }, true, open.routedTo, users)).toEqual({ kind: 'office' });
    expect(rightsRequestReader({ userId: 'pol-po', partnerId: 'politie' }, false, open.routedTo, users)).toEqual({ kind: 'partner', partnerId: 'politie' });
    // The police have a privacy officer: their professional is not the contact.
    expect(rightsRequestReader({ userId: 'pol-pro', partnerId: 'politie' }, false, open.routedTo, users)).toBeNull();
    expect(rightsRequestReader({ userId: 'rn-pro', partnerId: 'reclassering' }, false, ['politie'], users)).toBeNull();
    expect(answeringPartner({ userId: 'rn-pro', partnerId: 'reclassering' }, open.routedTo, users)).toBe('reclassering');
  });

  it('002-A29 002-A30 each routed partner answers once, while the request is open; a refusal cites a ground of its regime with a motivation', () => {
    expect(checkPartnerAnswer(open, 'politie', [], { outcome: 'answered' })).toEqual({ ok: true, refusalGround: null });
    expect(checkPartnerAnswer(open, 'woningcorporatie', [], { outcome: 'answered' })).toEqual({ ok: false, reason: 'P15_not_routed_to_partner' });
    expect(checkPartnerAnswer(open, null, [], { outcome: 'answered' })).toEqual({ ok: false, reason: 'P15_not_routed_to_partner' });
    const answered = [{ partnerId: 'politie', outcome: 'answered' as const, refusalGround: null, answeredAt: 1 }];
    expect(checkPartnerAnswer(open, 'politie', answered, { outcome: 'answered' })).toEqual({ ok: false, reason: 'P15_partner_already_answered' });
    expect(checkPartnerAnswer({ ...open, status: 'answered' }, 'politie', [], { outcome: 'answered' })).toEqual({ ok: false, reason: 'P15_request_closed' });
    expect(checkPartnerAnswer(open, 'politie', [], { outcome: 'refused', regime: 'avg', ground: 'wpg27_a', partial: false, motivation: 'x' })).toEqual({ ok: false, reason: 'P15_ground_of_other_regime' });
    expect(checkPartnerAnswer(open, 'politie', [], { outcome: 'refused', regime: 'wpg', ground: 'wpg27_a', partial: false, motivation: ' ' })).toEqual({ ok: false, reason: 'P15_refusal_without_motivation' });
    const ok = checkPartnerAnswer(open, 'politie', [], { outcome: 'refused', regime: 'wpg', ground: 'wpg27_a', partial: true, motivation: 'Lopend onderzoek' });
    expect(ok.ok && ok.refusalGround).toMatch(/Wpg \(gedeeltelijk \/ partly\)$/);
  });

  it('002-A30 progress lists every routed partner with its answer and counts those still owing one', () => {
    const answers = [{ partnerId: 'reclassering', outcome: 'answered' as const, refusalGround: null, answeredAt: 1 }];
    expect(partnerProgress(open.routedTo, answers)).toEqual({ partners: [{ partnerId: 'politie', answer: null }, { partnerId: 'reclassering', answer: answers[0] }], pending: 1 });
  });
});
