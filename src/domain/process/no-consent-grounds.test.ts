import { describe, expect, it } from 'vitest';
import { checkNoConsentGrounds } from './no-consent-grounds.js';
import type { Weighing } from './records.js';
import { noConsentGroundGaps, weighingComplete } from './sharing-guard.js';

const GROUNDS = [
  { id: 'ernstige-gezondheidstoestand', text: 'Ernstige gezondheidstoestand' },
  { id: 'dringende-noodzaak-hulp', text: 'Dringende noodzaak tot hulp' },
];
const IDS = GROUNDS.map((g) => g.id);
const NOW = Date.parse('2026-12-07T12:00:00Z');

const weighing = (extra: Partial<Weighing> = {}): Weighing => ({
  id: 'w1',
  caseId: 'c1',
  partnerId: 'p1',
  proportionality: 'p',
  subsidiarity: 's',
  effectiveness: 'e',
  setAsideObjections: false,
  objectionsMotivation: '',
  informAfterwards: true,
  informAfterwardsReason: 'r',
  completedAt: '2026-12-07T11:00:00.000Z',
  by: 'u1',
  ...extra,
});

describe('002-A13 grounds for sharing without consent (seed 002 Bijlage A art. 7.3–7.4)', () => {
  it('002-A13 a weighing is complete only with every ground motivated and why without consent, where the covenant names grounds', () => {
    expect(weighingComplete(weighing(), NOW)).toBe(true);
    expect(weighingComplete(weighing(), NOW, IDS)).toBe(false);
    expect(noConsentGroundGaps(weighing({ noConsentGrounds: { 'ernstige-gezondheidstoestand': 'x' } }), IDS)).toEqual(['noConsentGrounds.dringende-noodzaak-hulp', 'withoutConsentBecause']);
    const both = weighing({ noConsentGrounds: { 'ernstige-gezondheidstoestand': 'x', 'dringende-noodzaak-hulp': 'y' }, withoutConsentBecause: 'not_askable' });
    expect(weighingComplete(both, NOW, IDS)).toBe(true);
    // A motivation of spaces only says nothing.
    expect(weighingComplete(weighing({ ...both, noConsentGrounds: { 'ernstige-gezondheidstoestand': 'x', 'dringende-noodzaak-hulp': '   ' } }), NOW, IDS)).toBe(false);
  });

  it('002-A13 the check names each missing field when complete, lets a draft leave them open, and refuses grounds the covenant does not name', () => {
    expect(checkNoConsentGrounds(GROUNDS, {}, true).map((i) => i.field)).toEqual(['noConsentGrounds.ernstige-gezondheidstoestand', 'noConsentGrounds.dringende-noodzaak-hulp', 'withoutConsentBecause']);
    expect(checkNoConsentGrounds(GROUNDS, {}, false)).toEqual([]);
    expect(checkNoConsentGrounds(GROUNDS, { noConsentGrounds: { onbekend: 'x' } }, false).map((i) => i.field)).toEqual(['noConsentGrounds']);
    expect(checkNoConsentGrounds([], { noConsentGrounds: { 'ernstige-gezondheidstoestand': 'x' }, withoutConsentBecause: 'refused' }, true).map((i) => i.field)).toEqual(['noConsentGrounds', 'withoutConsentBecause']);
    expect(checkNoConsentGrounds([], {}, true)).toEqual([]);
    expect(checkNoConsentGrounds(GROUNDS, { noConsentGrounds: { 'ernstige-gezondheidstoestand': 'x', 'dringende-noodzaak-hulp': 'y' }, withoutConsentBecause: 'refused' }, true)).toEqual([]);
  });
});
