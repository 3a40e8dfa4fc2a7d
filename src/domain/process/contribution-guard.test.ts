import { describe, expect, it } from 'vitest';
import type { Consent, LegalBasis } from '../model.js';
import { checkContributionStorage, type ContributionInput } from './contribution-guard.js';
import { checkLegalBasis } from './legal-basis.js';
import { buildCaseState, NOW, PARTNERS } from './case-state.test-support.js';
import { canonical, nijmegen } from './shipped-variants.test-support.js';

const partner = (id: string) => PARTNERS.find((p) => p.id === id)!;
const consent: Consent = {
  id: 'c1',
  subjectId: 's1',
  partners: ['ggz', 'gemeente'],
  scope: 'Zorgnetwerk',
  givenAt: '2025-05-01',
  obtainedBy: 'prof-ggz',
  revokedAt: null,
  refused: false,
};
const factors = { linkOfPurposes: 'zelfde zorg', context: 'wijkteam', natureOfData: 'geen bijzondere', consequences: 'hulp', safeguards: 'alleen in systeem' };
const input: ContributionInput = { partnerId: 'gemeente', basis: { kind: 'public_task', law: 'Wmo 2015 art. 2.3.2' }, domainCrossing: false };

describe('P5 legal basis', () => {
  it('P5 basis: a basis from the catalogue with its law is accepted', () => {
    expect(checkLegalBasis(partner('gemeente'), { kind: 'public_task', law: 'wmo 2015  art. 2.3.2' }, [], NOW)).toEqual({ ok: true });
  });

  it('P5 basis: no basis, no storage', () => {
    expect(checkLegalBasis(partner('gemeente'), null, [], NOW)).toEqual({ ok: false, rule: 'P5', reason: 'no_legal_basis' });
  });

  it('P5 basis: a basis kind outside the partner catalogue is refused', () => {
    expect(checkLegalBasis(partner('gemeente'), { kind: 'vital_interest', motivation: 'acuut' }, [], NOW)).toEqual({ ok: false, rule: 'P5', reason: 'basis_not_in_catalogue' });
  });

  it('P5 basis: a public task citing a law the catalogue does not list is refused', () => {
    expect(checkLegalBasis(partner('gemeente'), { kind: 'public_task', law: 'Jeugdwet art. 2.1' }, [], NOW)).toEqual({ ok: false, rule: 'P5', reason: 'basis_not_in_catalogue' });
    expect(checkLegalBasis(partner('gemeente'), { kind: 'public_task', law: '' }, [], NOW)).toEqual({ ok: false, rule: 'P5', reason: 'basis_law_missing' });
  });

  it('P5 basis: legitimate interest is refused for a public authority even when catalogued', () => {
    const authority = { ...partner('gemeente'), legalBasisCatalogue: [{ kind: 'legitimate_interest' as const }] };
    expect(checkLegalBasis(authority, { kind: 'legitimate_interest' }, [], NOW)).toEqual({ ok: false, rule: 'P5', reason: 'legitimate_interest_public_authority' });
    expect(checkLegalBasis(partner('woonwenz'), { kind: 'legitimate_interest', motivation: 'Belangenafweging: overlast weegt zwaarder' }, [], NOW)).toEqual({ ok: true });
  });

  it('13.8 P5 basis: legitimate interest is stored only with a recorded balancing of interests (seed 004 Bijlage 1 art. 2 sub 4, 004-P08)', () => {
    for (const basis of [{ kind: 'legitimate_interest' as const }, { kind: 'legitimate_interest' as const, motivation: '  ' }]) {
      expect(checkLegalBasis(partner('woonwenz'), basis, [], NOW)).toEqual({ ok: false, rule: 'P5', reason: 'legitimate_interest_unbalanced' });
    }
  });

  it('P5 basis: compatible further processing needs all five factors', () => {
    const basis = (f: typeof factors): LegalBasis => ({ kind: 'compatible_further_processing', factors: f });
    expect(checkLegalBasis(partner('woonwenz'), basis(factors), [], NOW)).toEqual({ ok: true });
    for (const key of Object.keys(factors) as (keyof typeof factors)[]) {
      expect(checkLegalBasis(partner('woonwenz'), basis({ ...factors, [key]: ' ' }), [], NOW)).toEqual({ ok: false, rule: 'P5', reason: 'compatibility_factors_incomplete' });
    }
  });

  it('P5 basis: conflict of duties and Wpg art. 20 need their motivation or decision', () => {
    expect(checkLegalBasis(partner('ggz'), { kind: 'conflict_of_duties', motivation: '' }, [], NOW)).toMatchObject({ ok: false, reason: 'basis_motivation_missing' });
    expect(checkLegalBasis(partner('politie'), { kind: 'wpg20', decision: '' }, [], NOW)).toMatchObject({ ok: false, reason: 'basis_motivation_missing' });
    expect(checkLegalBasis(partner('politie'), { kind: 'wpg20', decision: 'Art. 20-besluit Zorgnetwerk Venlo 2023' }, [], NOW)).toEqual({ ok: true });
  });

  it('P6 consent basis: the consent must be in force and name the partner', () => {
    const basis: LegalBasis = { kind: 'consent', consentId: 'c1' };
    expect(checkLegalBasis(partner('ggz'), basis, [consent], NOW)).toEqual({ ok: true });
    expect(checkLegalBasis(partner('ggz'), basis, [], NOW)).toEqual({ ok: false, rule: 'P6', reason: 'consent_not_valid' });
    expect(checkLegalBasis(partner('woonwenz'), basis, [consent], NOW)).toMatchObject({ ok: false, reason: 'consent_not_valid' });
    expect(checkLegalBasis(partner('ggz'), basis, [{ ...consent, revokedAt: '2025-05-31' }], NOW)).toMatchObject({ ok: false, reason: 'consent_not_valid' });
    expect(checkLegalBasis(partner('ggz'), basis, [{ ...consent, revokedAt: '2025-07-01' }], NOW)).toEqual({ ok: true });
    expect(checkLegalBasis(partner('ggz'), basis, [{ ...consent, refused: true }], NOW)).toMatchObject({ ok: false, reason: 'consent_not_valid' });
  });
});

describe('storing a contribution', () => {
  it('P1 contribution: only an active partner contributes as a partner', () => {
    expect(checkContributionStorage(input, buildCaseState(), canonical, NOW)).toEqual({ ok: true });
    expect(checkContributionStorage({ ...input, partnerId: 'vertrokken' }, buildCaseState(), canonical, NOW)).toEqual({ ok: false, rule: 'P1', reason: 'contributor_not_active' });
    expect(checkContributionStorage({ ...input, partnerId: 'derde' }, buildCaseState(), canonical, NOW)).toMatchObject({ ok: false, reason: 'contributor_not_active' });
  });

  it('P5 contribution: storing without a legal basis is refused', () => {
    expect(checkContributionStorage({ ...input, basis: null }, buildCaseState(), canonical, NOW)).toEqual({ ok: false, rule: 'P5', reason: 'no_legal_basis' });
  });

  it('Nijmegen P12: nothing is stored before the case is picked up', () => {
    expect(checkContributionStorage(input, buildCaseState(), nijmegen, NOW)).toEqual({ ok: false, rule: 'P12', reason: 'stored_before_pickup' });
    const later = buildCaseState({ pickup: { pickedUpAt: '2025-07-01', byPartner: 'gemeente', by: 'u' } });
    expect(checkContributionStorage(input, later, nijmegen, NOW)).toMatchObject({ ok: false, reason: 'stored_before_pickup' });
    const picked = buildCaseState({ pickup: { pickedUpAt: '2025-05-30', byPartner: 'gemeente', by: 'u' } });
    expect(checkContributionStorage(input, picked, nijmegen, NOW)).toEqual({ ok: true });
  });

  it('Nijmegen P6: domain-crossing processing without the household consent is refused', () => {
    const picked = buildCaseState({ pickup: { pickedUpAt: '2025-05-30', byPartner: 'gemeente', by: 'u' } });
    const crossing = { ...input, domainCrossing: true };
    expect(checkContributionStorage(crossing, picked, nijmegen, NOW)).toEqual({ ok: false, rule: 'P6', reason: 'domain_crossing_without_consent' });
    const household = { consentId: 'h1', givenAt: '2025-05-30', subjects: ['s1'], revokedAt: null, refused: false };
    expect(checkContributionStorage(crossing, { ...picked, householdConsent: household }, nijmegen, NOW)).toEqual({ ok: true });
    expect(checkContributionStorage(crossing, { ...picked, householdConsent: { ...household, revokedAt: '2025-05-31' } }, nijmegen, NOW))
      .toMatchObject({ ok: false, reason: 'domain_crossing_without_consent' });
    expect(checkContributionStorage(crossing, picked, canonical, NOW)).toEqual({ ok: true });
  });
});
