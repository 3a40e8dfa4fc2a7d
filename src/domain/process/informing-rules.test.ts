import { describe, expect, it } from 'vitest';
import { CANONICAL_INFORMING_RULES, checkInformer, checkPostponer, responsiblePartners } from './informing-rules.js';
import type { InformingRules } from './informing-rules.js';

const venlo: InformingRules = { latestAtPhase: 'screening', responsible: 'registrant', processDirectorMayInformOnBehalf: false, postponementAllowed: true };
const professional = (partnerId: string) => ({ partnerId, staff: false, designated: true });
const director = { partnerId: 'gemeente', staff: true, designated: false };

describe('who informs the subject, per covenant (P10)', () => {
  it('003-96 responsible: the lead partner informs too where the covenant says so; else only the registrant', () => {
    expect(responsiblePartners(CANONICAL_INFORMING_RULES, 'woonwenz', 'vvg')).toEqual(['woonwenz', 'vvg']);
    expect(responsiblePartners(venlo, 'woonwenz', 'vvg')).toEqual(['woonwenz']);
    expect(responsiblePartners(CANONICAL_INFORMING_RULES, 'woonwenz', 'woonwenz')).toEqual(['woonwenz']);
  });

  it('002-B05 processDirectorMayInformOnBehalf: the reporter informs itself; the director only where allowed', () => {
    expect(checkInformer(venlo, professional('woonwenz'), 'woonwenz', ['woonwenz'])).toBeNull();
    expect(checkInformer(venlo, director, 'woonwenz', ['woonwenz'])).toBe('informing_by_director_not_allowed');
    expect(checkInformer(CANONICAL_INFORMING_RULES, director, 'woonwenz', ['woonwenz'])).toBeNull();
    expect(checkInformer(venlo, professional('politie'), 'woonwenz', ['woonwenz'])).toBe('informing_on_behalf_of_other');
    expect(checkInformer(venlo, professional('politie'), 'politie', ['woonwenz'])).toBe('informing_partner_not_responsible');
  });

  it('003-44 postponementAllowed: no postponement where the covenant allows none', () => {
    expect(checkPostponer(venlo, professional('woonwenz'), 'woonwenz', ['woonwenz'])).toBeNull();
    expect(checkPostponer({ ...venlo, postponementAllowed: false }, professional('woonwenz'), 'woonwenz', ['woonwenz'])).toBe('informing_postponement_not_allowed');
  });
});
