import { describe, expect, it } from 'vitest';
import { checkAccession, type AccessionRequest } from './accession.js';
import { isActiveMember, inactiveReason } from './active.js';
import { CONFIDENTIALITY_OUTLIVES_MEMBERSHIP, confidentialityBinds } from './confidentiality.js';
import { giveNotice, membershipEndsAt } from './notice.js';
import { buildPartner } from './test-partner.js';

const at = (iso: string): number => Date.parse(iso);

describe('P1 membership: active partners', () => {
  it('P1 membership: a member is active between joining and the end of its notice period', () => {
    const partner = buildPartner({ membership: { joinedAt: '2024-01-01', endsAt: '2025-03-01' } });
    expect(isActiveMember(partner, at('2023-12-31'))).toBe(false);
    expect(isActiveMember(partner, at('2024-01-01'))).toBe(true);
    expect(isActiveMember(partner, at('2025-02-28T23:59:59Z'))).toBe(true);
    expect(isActiveMember(partner, at('2025-03-01'))).toBe(false);
  });

  it('P1 membership: a non-signatory organisation is never active', () => {
    expect(isActiveMember(buildPartner({ member: false }), at('2025-01-01'))).toBe(false);
    expect(inactiveReason(buildPartner({ member: false }), at('2025-01-01'))).toBe('not_a_member');
  });

  it('P1 membership: a founding partner (joinedAt null) is active; an unreadable date fails closed', () => {
    expect(isActiveMember(buildPartner({ membership: { joinedAt: null } }), at('2020-01-01'))).toBe(true);
    expect(isActiveMember(buildPartner({ membership: { joinedAt: 'yesterday' } }), at('2025-01-01'))).toBe(false);
  });

  it('P1 membership: says why a partner is inactive', () => {
    const p = buildPartner({ membership: { joinedAt: '2025-06-01', endsAt: '2026-01-01' } });
    expect(inactiveReason(p, at('2025-01-01'))).toBe('membership_not_started');
    expect(inactiveReason(p, at('2026-02-01'))).toBe('membership_ended');
    expect(inactiveReason(p, at('2025-07-01'))).toBeNull();
  });
});

describe('P1 membership: leaving', () => {
  it('P1 notice: endsAt is the notice date plus the notice period (seed 000: 2 months)', () => {
    const r = giveNotice(buildPartner(), '2025-03-15', { noticeMonths: 2, endsOnFirstOfJanuary: false });
    expect(r).toMatchObject({ ok: true, endsAt: '2025-05-15T00:00:00.000Z' });
    if (r.ok) {
      expect(r.partner.membership.noticeGivenAt).toBe('2025-03-15');
      expect(isActiveMember(r.partner, at('2025-05-14'))).toBe(true);
      expect(isActiveMember(r.partner, at('2025-05-15'))).toBe(false);
    }
  });

  it('P1 notice: seed 003 ends two years later, on the next 1 January', () => {
    expect(membershipEndsAt(at('2025-03-15'), { noticeMonths: 24, endsOnFirstOfJanuary: true })).toBe(at('2028-01-01'));
    expect(membershipEndsAt(at('2025-03-15'), { noticeMonths: 24, endsOnFirstOfJanuary: false })).toBe(at('2027-03-15'));
  });

  it('P1 notice: a second notice or a bad date is refused', () => {
    const policy = { noticeMonths: 3, endsOnFirstOfJanuary: false };
    expect(giveNotice(buildPartner({ membership: { noticeGivenAt: '2025-01-01' } }), '2025-02-01', policy)).toEqual({ ok: false, reason: 'notice_already_given' });
    expect(giveNotice(buildPartner(), '2025-02-30', policy)).toEqual({ ok: false, reason: 'notice_date_invalid' });
    expect(giveNotice(buildPartner({ member: false }), '2025-02-01', policy)).toEqual({ ok: false, reason: 'not_a_member' });
  });

  it('P1 confidentiality outlives membership: a left partner stays bound', () => {
    const left = buildPartner({ membership: { endsAt: '2025-01-01' } });
    const declaration = { partnerId: left.id, userId: null, signedAt: '2024-01-01' };
    expect(isActiveMember(left, at('2030-01-01'))).toBe(false);
    expect(confidentialityBinds(declaration, at('2030-01-01'))).toBe(true);
    expect(confidentialityBinds(declaration, at('2023-12-31'))).toBe(false);
    expect(CONFIDENTIALITY_OUTLIVES_MEMBERSHIP).toBe(true);
  });
});

describe('P1 membership: joining', () => {
  const base: AccessionRequest = {
    candidate: 'nieuw',
    requestedAt: '2025-01-01',
    decisions: [
      { by: { kind: 'partner', partnerId: 'a' }, approved: true, at: '2025-01-10' },
      { by: { kind: 'partner', partnerId: 'b' }, approved: true, at: '2025-01-20' },
    ],
    declarationSignedAt: '2025-02-01',
  };

  it('P1 joining (seed 000): all partners approve and the declaration is signed', () => {
    expect(checkAccession(base, 'all_partners', ['a', 'b'])).toEqual({ ok: true, joinedAt: '2025-02-01' });
  });

  it('P1 joining (seed 000): one missing approval blocks, naming the partner', () => {
    expect(checkAccession(base, 'all_partners', ['a', 'b', 'c'])).toEqual({ ok: false, reason: 'partner_approval_missing', partners: ['c'] });
  });

  it('P1 joining: a refusal blocks; a later approval by the same partner counts', () => {
    const refused = { ...base, decisions: [...base.decisions, { by: { kind: 'partner', partnerId: 'b' } as const, approved: false, at: '2025-01-25' }] };
    expect(checkAccession(refused, 'all_partners', ['a', 'b'])).toMatchObject({ ok: false, reason: 'partner_refused', partners: ['b'] });
    const changed = { ...refused, decisions: [...refused.decisions, { by: { kind: 'partner', partnerId: 'b' } as const, approved: true, at: '2025-01-28' }] };
    expect(checkAccession(changed, 'all_partners', ['a', 'b']).ok).toBe(true);
  });

  it('P1 joining: without a signed accession declaration nobody joins', () => {
    expect(checkAccession({ ...base, declarationSignedAt: null }, 'all_partners', ['a', 'b'])).toEqual({ ok: false, reason: 'declaration_not_signed' });
    expect(checkAccession({ ...base, declarationSignedAt: '2025-01-15' }, 'all_partners', ['a', 'b'])).toEqual({ ok: false, reason: 'declaration_before_approval' });
  });

  it('P1 joining (seed 001): the steering group decides after all partners agreed', () => {
    const board = { by: { kind: 'steering_group' } as const, approved: true, at: '2025-01-25' };
    expect(checkAccession(base, 'steering_group_after_all_partners', ['a', 'b'])).toEqual({ ok: false, reason: 'steering_group_decision_missing' });
    expect(checkAccession({ ...base, decisions: [...base.decisions, board] }, 'steering_group_after_all_partners', ['a', 'b'])).toEqual({ ok: true, joinedAt: '2025-02-01' });
    const early = { ...board, at: '2025-01-15' };
    expect(checkAccession({ ...base, decisions: [...base.decisions, early] }, 'steering_group_after_all_partners', ['a', 'b'])).toEqual({ ok: false, reason: 'steering_group_decided_before_partners' });
    expect(checkAccession({ ...base, decisions: [board] }, 'steering_group_after_all_partners', ['a', 'b'])).toMatchObject({ ok: false, reason: 'partner_approval_missing' });
  });

  it('P1 joining (seed 003): the steering group decides; partner objections do not bind it', () => {
    const request: AccessionRequest = {
      ...base,
      decisions: [
        { by: { kind: 'partner', partnerId: 'a' }, approved: false, at: '2025-01-05', motivation: 'bezwaar' },
        { by: { kind: 'steering_group' }, approved: true, at: '2025-01-25' },
      ],
    };
    expect(checkAccession(request, 'steering_group', ['a', 'b'])).toEqual({ ok: true, joinedAt: '2025-02-01' });
    const refused: AccessionRequest = { ...request, decisions: [{ by: { kind: 'steering_group' }, approved: false, at: '2025-01-25' }] };
    expect(checkAccession(refused, 'steering_group', ['a', 'b'])).toEqual({ ok: false, reason: 'steering_group_refused' });
  });
});
