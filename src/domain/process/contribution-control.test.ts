import { describe, expect, it } from 'vitest';
import type { CaseActor } from './contribution-control.js';
import { CANONICAL_INFORMING_RULES, checkInformer } from './informing-rules.js';
import {
  checkContributorControl,
  checkGrantPhase,
  checkInforming,
  checkMayAnswer,
  checkMayAsk,
  checkMayContribute,
  checkThirdPartyConsent,
  checkThirdPartyJoin,
} from './contribution-control.js';

const pro = (partnerId: string, designated = true): CaseActor => ({ partnerId, role: 'professional', staff: false, designated });
const director: CaseActor = { partnerId: 'gemeente', role: 'process_director', staff: true, designated: false };

describe('write-side control', () => {
  it('P4 contributor control: only a designated professional of the contributing organisation changes its contribution', () => {
    expect(checkContributorControl(pro('politie'), 'politie', false)).toEqual({ ok: true });
    expect(checkContributorControl(director, 'politie', false)).toMatchObject({ ok: false, rule: 'P4', reason: 'not_contributor' });
    expect(checkContributorControl(pro('politie', false), 'politie', false)).toMatchObject({ ok: false, rule: 'P4', reason: 'contributor_not_designated' });
    expect(checkContributorControl(pro('politie'), 'politie', true)).toMatchObject({ ok: false, reason: 'withdrawn_contribution' });
  });

  it('P4 contributor control: take-along is granted only after the RTO', () => {
    expect(checkGrantPhase('rto').ok).toBe(true);
    expect(checkGrantPhase('monitoring').ok).toBe(true);
    expect(checkGrantPhase('triage')).toMatchObject({ ok: false, rule: 'P4' });
  });

  it('P2 need to know: only staff ask in triage; only the asked organisation answers, once', () => {
    expect(checkMayAsk(director, 'triage').ok).toBe(true);
    expect(checkMayAsk(director, 'screening')).toMatchObject({ reason: 'not_in_triage' });
    expect(checkMayAsk(pro('gemeente'), 'triage')).toMatchObject({ rule: 'P2', reason: 'not_acting_in_case' });
    expect(checkMayAnswer(pro('politie'), 'politie', false, 'triage').ok).toBe(true);
    expect(checkMayAnswer(pro('om'), 'politie', false, 'triage')).toMatchObject({ rule: 'P2', reason: 'partner_not_asked' });
    expect(checkMayAnswer(pro('politie'), 'politie', true, 'triage')).toMatchObject({ reason: 'question_already_answered' });
  });

  it('P2: contributing needs designation and a live phase', () => {
    expect(checkMayContribute(pro('politie'), 'rto').ok).toBe(true);
    expect(checkMayContribute(director, 'rto')).toMatchObject({ rule: 'P2', reason: 'not_designated' });
    expect(checkMayContribute(pro('politie'), 'archived')).toMatchObject({ reason: 'phase_not_live' });
  });

  it('P10 informing: a professional informs for its own organisation, staff on behalf of another where the covenant allows it', () => {
    const responsible = ['reclassering'];
    const canonical = (actor: CaseActor, onBehalfOf: string) => checkInforming(actor, 'screening', checkInformer(CANONICAL_INFORMING_RULES, actor, onBehalfOf, responsible));
    expect(canonical(pro('reclassering'), 'reclassering').ok).toBe(true);
    expect(canonical(pro('reclassering'), 'gemeente')).toMatchObject({ rule: 'P10', reason: 'informing_on_behalf_of_other' });
    expect(canonical(director, 'reclassering').ok).toBe(true);
    expect(canonical(director, 'gemeente')).toMatchObject({ rule: 'P10', reason: 'informing_partner_not_responsible' });
    const own = { ...CANONICAL_INFORMING_RULES, processDirectorMayInformOnBehalf: false };
    expect(checkInforming(director, 'screening', checkInformer(own, director, 'reclassering', responsible))).toMatchObject({ rule: 'P10', reason: 'informing_by_director_not_allowed' });
    expect(checkInforming(pro('reclassering'), 'archived', null)).toMatchObject({ reason: 'phase_not_live' });
  });

  it('P11 third parties: staff add a non-member to a running case; involved partners consent for themselves', () => {
    expect(checkThirdPartyJoin(director, 'rto', false).ok).toBe(true);
    expect(checkThirdPartyJoin(director, 'rto', true)).toMatchObject({ rule: 'P11', reason: 'third_party_is_member' });
    expect(checkThirdPartyJoin(pro('gemeente'), 'rto', false)).toMatchObject({ rule: 'P2' });
    expect(checkThirdPartyConsent(pro('gemeente'), ['gemeente']).ok).toBe(true);
    expect(checkThirdPartyConsent(pro('om'), ['gemeente'])).toMatchObject({ rule: 'P11', reason: 'consenting_partner_not_involved' });
  });
});
