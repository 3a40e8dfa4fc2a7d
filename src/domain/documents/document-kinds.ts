/**
 * The printable documents (§7) and what a download of each is: an export. Each kind names the
 * purpose and the legal basis of the export in words (registered with every download) and, where
 * the access log's vocabulary has them, as a purpose and a basis kind for the audit record (P16).
 * Who may export a case document is decided here from the actor's abilities in the case; the
 * contributions a document carries pass the access engine one by one with the action
 * `take_along` (P4), except the access answer, where the subject inspects its own data (P15, P9).
 */
import type { CaseAbilities } from '../access/abilities.js';
import type { CaseFacts } from '../access/facts.js';
import type { Actor, LegalBasisKind, Purpose } from '../model.js';

export const DOCUMENT_KINDS = [
  'consent_form',
  'confidentiality_declaration',
  'declaration_register',
  'accession_declaration',
  'information_letter',
  'access_answer',
  'meeting_record',
  'action_list',
  'accountability_report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The variants of the information letter to the subject (P10). */
export const LETTER_TOPICS = ['registration', 'rto_outcome', 'third_party', 'deletion'] as const;
export type LetterTopic = (typeof LETTER_TOPICS)[number];

export interface Words {
  readonly nl: string;
  readonly en: string;
}

export interface DocumentPolicy {
  /** Why the document is made, in words (the download register). */
  readonly purpose: Words;
  /** On what ground, in words (the download register). */
  readonly basis: Words;
  /** The purpose of the audit record; null where the export reads no case content. */
  readonly auditPurpose: Purpose | null;
  readonly basisKind: LegalBasisKind | null;
  /** Whether the document holds personal data (then it is an export under the access gate). */
  readonly personalData: boolean;
}

export const DOCUMENT_POLICIES: Readonly<Record<DocumentKind, DocumentPolicy>> = {
  consent_form: {
    purpose: { nl: 'vastleggen van de toestemming van betrokkene (P6)', en: "recording the subject's consent (P6)" },
    basis: { nl: 'toestemming van betrokkene, AVG art. 6 lid 1 sub a en art. 7 lid 1 (aantonen)', en: 'consent of the subject, GDPR art. 6(1)(a) and art. 7(1) (demonstrating it)' },
    auditPurpose: null,
    basisKind: 'consent',
    personalData: true,
  },
  confidentiality_declaration: {
    purpose: { nl: 'geheimhoudingsverklaring van een gebruiker (convenant, P2)', en: "a user's confidentiality declaration (covenant, P2)" },
    basis: { nl: 'convenant: geheimhouding en betrouwbaarheid van medewerkers (seed 002 art. 13.3)', en: 'covenant: confidentiality and reliability of staff (seed 002 art. 13.3)' },
    auditPurpose: null,
    basisKind: 'legal_obligation',
    personalData: true,
  },
  declaration_register: {
    purpose: { nl: 'register van getekende geheimhoudingsverklaringen en VOG-controles', en: 'register of signed confidentiality declarations and VOG checks' },
    basis: { nl: 'convenant: geheimhouding en betrouwbaarheid van medewerkers (seed 002 art. 13.3)', en: 'covenant: confidentiality and reliability of staff (seed 002 art. 13.3)' },
    auditPurpose: null,
    basisKind: 'legal_obligation',
    personalData: true,
  },
  accession_declaration: {
    purpose: { nl: 'toetreding van een partner tot het convenant (P1)', en: 'a partner joining the covenant (P1)' },
    basis: { nl: 'convenant: toetreding na instemming (seed 000 art. 14, bijlage 4)', en: 'covenant: accession after approval (seed 000 art. 14, annex 4)' },
    auditPurpose: null,
    basisKind: null,
    personalData: false,
  },
  information_letter: {
    purpose: { nl: 'informeren van betrokkene (P10)', en: 'informing the subject (P10)' },
    basis: { nl: 'informatieplicht, AVG art. 13 en 14', en: 'duty to inform, GDPR art. 13 and 14' },
    auditPurpose: null,
    basisKind: 'legal_obligation',
    personalData: true,
  },
  access_answer: {
    purpose: { nl: 'schriftelijk antwoord op een verzoek om inzage (P15)', en: 'written answer to an access request (P15)' },
    basis: { nl: 'recht op inzage, AVG art. 15; politiegegevens ter inzage, niet ter kopie (art. 27 Wpg)', en: 'right of access, GDPR art. 15; police data for inspection, not copied (art. 27 Wpg)' },
    auditPurpose: 'rights_request',
    basisKind: 'legal_obligation',
    personalData: true,
  },
  meeting_record: {
    purpose: { nl: 'verslag van het Ronde Tafel Overleg (seed 003 fase 3)', en: 'record of the round-table meeting (seed 003 phase 3)' },
    basis: { nl: 'de taak van de deelnemers in het plan van aanpak; alleen meegenomen bijdragen (P4)', en: "the participants' task in the plan; only contributions granted to be taken along (P4)" },
    auditPurpose: 'plan_execution',
    basisKind: null,
    personalData: true,
  },
  action_list: {
    purpose: { nl: 'actielijst van het Ronde Tafel Overleg voor de uitvoering van het plan (seed 003 fase 3)', en: 'action list of the round-table meeting for carrying out the plan (seed 003 phase 3)' },
    basis: { nl: 'de taak van de deelnemer in het plan van aanpak; alleen meegenomen bijdragen (P4)', en: "the participant's task in the plan; only contributions granted to be taken along (P4)" },
    auditPurpose: 'plan_execution',
    basisKind: null,
    personalData: true,
  },
  accountability_report: {
    purpose: { nl: 'verantwoording over de verwerking (P19)', en: 'accountability for the processing (P19)' },
    basis: { nl: 'jaarverslag van het samenwerkingsverband; alleen aantallen, geen persoonsgegevens', en: "the collaboration's yearly report; counts only, no personal data" },
    auditPurpose: 'statistics',
    basisKind: null,
    personalData: false,
  },
};

/** What the actor is to the case, as the access engine's abilities say (abilities.ts). */
export interface CaseDocumentRelation {
  /** Acts in the case as process director or support (records consents, informs, records meetings). */
  readonly staff: boolean;
  /** May read the case as a whole now (the subjects' identity; the engine's case relation). */
  readonly caseRelation: boolean;
  /** Obtained this consent itself. */
  readonly obtainedConsent: boolean;
  /** May record that the subject was informed (staff, or the lead partner's designated professional). */
  readonly informs: boolean;
}

export type ExportRefusal = 'document_no_case_relation' | 'document_not_staff' | 'document_not_informing';

/**
 * Whether the actor may export a case document (P2, P4, P10): the subjects' identity needs a case
 * relation; the consent form belongs to the staff and to whoever obtained the consent; the
 * information letter to whoever informs; the meeting record and the action list to everyone who
 * may read the meeting (their contributions pass the take-along gate one by one).
 */
export function exportRefusal(kind: 'consent_form' | 'information_letter' | 'meeting_record' | 'action_list', r: CaseDocumentRelation): ExportRefusal | null {
  if (!r.caseRelation) return 'document_no_case_relation';
  switch (kind) {
    case 'consent_form':
      return r.staff || r.obtainedConsent ? null : 'document_not_staff';
    case 'information_letter':
      return r.informs ? null : 'document_not_informing';
    case 'meeting_record':
    case 'action_list':
      return null;
  }
}

export const EXPORT_REFUSALS: Readonly<Record<ExportRefusal, { readonly rule: string } & Words>> = {
  document_no_case_relation: { rule: 'P2', nl: 'U heeft nu geen betrokkenheid bij deze casus; het document kan niet worden gemaakt.', en: 'You are not involved in this case now; the document cannot be made.' },
  document_not_staff: { rule: 'P6', nl: 'De toestemmingsverklaring drukken alleen de procesregisseur, de ondersteuning en wie de toestemming heeft verkregen af.', en: 'Only the process director, support staff and whoever obtained the consent print the consent form.' },
  document_not_informing: { rule: 'P10', nl: 'De informatiebrief maakt wie betrokkene informeert: de procesregisseur namens de leidende partij, of die partij zelf.', en: 'The information letter is made by whoever informs the subject: the process director on behalf of the lead partner, or that partner.' },
};

/** The actor's relation to the case for documents, from the facts and the engine's abilities. */
export function caseDocumentRelation(actor: Actor, facts: CaseFacts, abilities: CaseAbilities, consentObtainer: string | null, topic: LetterTopic | null): CaseDocumentRelation {
  const staff =
    actor.collaborationId === facts.collaborationId &&
    (facts.processDirectors.has(actor.userId) || facts.support.has(actor.userId) || (facts.allDirectorsSeeAll && actor.role === 'process_director'));
  const caseRelation = abilities.viewCase || (facts.phase === 'archived' && abilities.viewAdminSet);
  // The deletion at de-escalation is told in the archived stage too, by the staff (seed 003).
  const informs = abilities.recordInforming || (topic === 'deletion' && staff && abilities.viewAdminSet);
  return { staff, caseRelation, obtainedConsent: consentObtainer !== null && consentObtainer === actor.userId, informs };
}
