/**
 * The accountability report (P19; seed 001 art. 4.4) as a document: cases per phase and table,
 * provisions per partner, legal bases, consent versus no consent, rights requests and incidents.
 * Counts only; a count the report suppresses (small numbers) prints as "< 5".
 */
import { sourcesNote } from '../../domain/reporting/published-accountability-report.js';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { frame, h2, p, small, table } from '../frame.js';
import type { DocumentTheme } from '../frame.js';
import { BASIS_NL, labelOf, PHASE_NL, RIGHTS_KIND_NL } from '../labels.js';

/** A count as the report holds it: a number, or null where a small count is suppressed. */
export type Count = number | null;
const n = (c: Count): string => (c === null ? '< 5' : String(c));

export interface AccountabilityReportData {
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  readonly year: number;
  /** The publication this document prints (ADR 0166), or null for the counts of today. */
  readonly published: { readonly at: Date; readonly by: string } | null;
  readonly casesTotal: Count;
  readonly byPhase: readonly (readonly [string, Count])[];
  readonly byTable: readonly (readonly [string, Count])[];
  readonly provisions: { readonly total: Count; readonly police: Count; readonly byPartner: readonly (readonly [string, Count, Count])[] };
  readonly bases: readonly (readonly [string, Count])[];
  readonly consent: { readonly withConsent: Count; readonly withoutConsent: Count; readonly refused: Count; readonly revoked: Count };
  readonly rights: readonly (readonly [string, Count, Count, Count, Count])[];
  readonly incidents: { readonly registered: Count; readonly partnerNoticeLate: Count; readonly dpaNotified: Count; readonly dpaNotRequired: Count; readonly dpaLate: Count };
}

export function accountabilityReport(d: AccountabilityReportData): TDocumentDefinitions {
  return frame({
    title: `Verantwoordingsrapportage ${d.year}`,
    subtitle: 'Verwerking van persoonsgegevens in het samenwerkingsverband (P19)',
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    content: [
      p(`Deze rapportage verantwoordt de verwerking van persoonsgegevens door ${d.collaborationName} in ${d.year}. Zij bevat alleen aantallen en geen persoonsgegevens.`),
      p(d.published === null ? 'De aantallen zijn geteld op de datum van aanmaak en kunnen later nog veranderen.' : `Gepubliceerd op ${d.published.at.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' })} door ${d.published.by}; deze aantallen worden niet meer gewijzigd.`),
      h2('Casussen'),
      p(`Aangemeld in ${d.year}: ${n(d.casesTotal)}.`),
      table(['Fase', 'Aantal'], d.byPhase.map(([phase, c]) => [labelOf(PHASE_NL, phase), n(c)]), ['*', 'auto']),
      table(['Overlegtafel', 'Aantal'], d.byTable.map(([t, c]) => [t, n(c)]), ['*', 'auto']),
      h2('Verstrekkingen per partner'),
      p(`Totaal ${n(d.provisions.total)}, waarvan politiegegevens ${n(d.provisions.police)}.`),
      table(['Partner', 'Verstrekkingen', 'Waarvan politiegegevens'], d.provisions.byPartner.map(([partner, c, police]) => [partner, n(c), n(police)]), ['*', 'auto', 'auto']),
      h2('Gebruikte grondslagen'),
      table(['Grondslag', 'Aantal'], d.bases.map(([k, c]) => [labelOf(BASIS_NL, k), n(c)]), ['*', 'auto']),
      h2('Toestemming'),
      table(['', 'Aantal'], [['Met toestemming', n(d.consent.withConsent)], ['Zonder toestemming (andere grondslag)', n(d.consent.withoutConsent)], ['Toestemming geweigerd', n(d.consent.refused)], ['Toestemming ingetrokken', n(d.consent.revoked)]], ['*', 'auto']),
      h2('Verzoeken van betrokkenen'),
      table(['Soort', 'Ontvangen', 'Op tijd', 'Te laat', 'Geweigerd'], d.rights.map(([k, a, b, c, e]) => [labelOf(RIGHTS_KIND_NL, k), n(a), n(b), n(c), n(e)]), ['*', 'auto', 'auto', 'auto', 'auto']),
      h2('Beveiligingsincidenten'),
      table(['', 'Aantal'], [['Gemeld', n(d.incidents.registered)], ['Partners later dan 24 uur geïnformeerd', n(d.incidents.partnerNoticeLate)], ['Gemeld aan de Autoriteit Persoonsgegevens', n(d.incidents.dpaNotified)], ['Melding aan de AP niet vereist', n(d.incidents.dpaNotRequired)], ['Melding aan de AP te laat', n(d.incidents.dpaLate)]], ['*', 'auto']),
      small('Aantallen van 1 tot en met 4 kunnen zijn weggelaten ("< 5") om herleidbaarheid te voorkomen.'),
      small(sourcesNote().note.nl),
    ],
  });
}
