/**
 * The shape of a collaboration's configuration (DOMAIN.md §6): field by field, without the
 * cross-field rules (those live in config-consistency.ts). A collaboration is data; these
 * schemas are the contract a sixth collaboration has to meet to run without code changes.
 */
import { z } from 'zod';
import { LEGAL_BASIS_KINDS, PARTNER_TYPES, PHASES } from '../model.js';
import { POSTPONEMENT_GROUNDS } from '../process/informing-rules.js';
import { PROCESS_EVENT_KINDS } from '../process/process-events.js';
import { REGISTRATION_FIELD_IDS } from '../process/registration-details.js';

/** Short stable identifiers: lower-case words joined by hyphens, e.g. `gemeente-venlo`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Gebruik een korte slug: kleine letters, cijfers en koppeltekens / use a slug: lower-case letters, digits and hyphens');

const text = z.string().trim().min(1, 'Mag niet leeg zijn / must not be empty');

/** A calendar date (YYYY-MM-DD) or an ISO-8601 date-time in UTC. */
export const isoDateSchema = z.union([z.iso.date(), z.iso.datetime()]);

export const phaseSchema = z.enum(PHASES);

export const legalBasisCatalogueEntrySchema = z.object({
  kind: z.enum(LEGAL_BASIS_KINDS),
  law: text.exactOptional(),
  description: text.exactOptional(),
});

export const membershipSchema = z.object({
  joinedAt: isoDateSchema.nullable(),
  noticeGivenAt: isoDateSchema.nullable(),
  endsAt: isoDateSchema.nullable(),
});

export const partnerSchema = z.object({
  id: slugSchema,
  name: text,
  type: z.enum(PARTNER_TYPES),
  /** Signed the covenant; false for an organisation that only joins single cases. */
  member: z.boolean(),
  membership: membershipSchema,
  publicAuthority: z.boolean(),
  maySeeSpecial: z.boolean(),
  mayUseBsn: z.boolean(),
  professionalSecrecy: z.boolean(),
  legalRegimes: z.array(text),
  legalBasisCatalogue: z.array(legalBasisCatalogueEntrySchema),
  /** A partner that signed but joins only when a case needs it (Nijmegen's schilpartner). */
  shell: z.boolean().exactOptional(),
  /** Why the flags are what they are, or where the seed names this organisation. */
  note: text.exactOptional(),
});

export const PRECONDITION_KINDS = [
  'consent_required',
  'consent_or_documented_weighing',
  'subject_informed',
  /** Every subject was informed while still in detention (seed 000 Nazorg ex-gedetineerden, 000-R81). */
  'subject_informed_during_detention',
  'covenant_partners_only',
  'plan_of_approach',
  'case_manager_appointed',
  'outcome_informant_designated',
  'urgent_interest',
  'legal_basis_recorded',
  'compatibility_assessed',
  'data_minimisation',
  /** The process director judged the case by the table's criteria and answered its follow-up questions. */
  'screening_recorded',
  /**
   * The case is followed until the stagnation is resolved and there is progress (seed 000 Nwo RJ,
   * 000-R72): at least one action of the plan done and none left open.
   */
  'progress_made',
  'other',
] as const;
export type PreconditionKind = (typeof PRECONDITION_KINDS)[number];

export const preconditionSchema = z.object({
  kind: z.enum(PRECONDITION_KINDS),
  text,
  /**
   * The step of the work process it guards: that step is refused until the precondition is met
   * (a consent or weighing, the subject informed, a case director, the screening record; other
   * kinds the process director confirms in the screening record). Absent: shown, not enforced.
   */
  before: z.enum(PROCESS_EVENT_KINDS).exactOptional(),
});

export const dataItemSchema = z.object({
  id: slugSchema,
  label: text,
  /** Special category (health, criminal data...): never shown to a partner that may not see it (P8). */
  special: z.boolean(),
});

export const tableSchema = z.object({
  id: slugSchema,
  name: text,
  /** Doelstelling. */
  purpose: text,
  /** Doelbinding, where the seed states it separately. */
  purposeBinding: text.exactOptional(),
  frequency: z.object({
    description: text,
    /** Meetings per year as a range; null when the table meets per case. */
    meetingsPerYear: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }).nullable(),
    /**
     * Internal and external sessions (seed 000 Netwerkoverleg Huiselijk geweld: "4 maal per week, 3
     * intern (VHH en Team Jeugd), 1 extern"; 000-R74): of a weekly series the first
     * `internalPerWeek` sessions of the week are internal, their standing participants only the
     * `internalPartners`; the others are external, with all structural partners. Absent: every
     * session is external.
     */
    composition: z.object({ internalPerWeek: z.number().int().positive(), internalPartners: z.array(slugSchema).min(1) }).exactOptional(),
  }),
  criteria: z.array(text).min(1, 'Een tafel heeft criteria / a table needs criteria'),
  /**
   * The criteria hold together: the screening record counts as complete only when the case meets
   * every one of them (Nijmegen Bijlage 3 stap 1-2: serious problems and too little self-reliance,
   * own help not enough, and within the target group of art. 3). Absent: one criterion met suffices.
   */
  allCriteriaRequired: z.boolean().exactOptional(),
  /**
   * How the criteria hold together, as groups of indexes into `criteria`: the case meets them when
   * it meets at least one criterion of every group (seed 001 Bijlage 2: (0 or 1) and 2 and 3). With
   * groups, the process director's accept judges the case by them (seed 003 B3-F1 "Activiteiten"):
   * the accept records the criteria met and the substance, and a case outside the criteria is
   * accepted only with the reason it still belongs here. Absent: the accept needs no judgement.
   */
  criteriaGroups: z.array(z.array(z.number().int().nonnegative()).min(1)).min(1).exactOptional(),
  followUpQuestions: z.array(text),
  preconditions: z.array(preconditionSchema),
  /** The chair, as the seed names the role. */
  chair: text.exactOptional(),
  /**
   * The functionary who directs the table's cases day to day (seed 000 art. 10.2; Casusoverleg Jeugd
   * Eijsden-Margraten: "onder regie van de procesmanager Jeugd"): a new case at this table goes to a
   * process director employed by this partner, not to the least-loaded director of the house.
   */
  responsibleOfficer: z.object({ title: text, partnerId: slugSchema }).exactOptional(),
  structuralPartners: z.array(slugSchema),
  incidentalPartners: z.array(slugSchema),
  /** Any covenant partner may be invited when the case needs it (seed 000 MDO: "in principe alle convenantpartners"). */
  anyMemberMayJoin: z.boolean(),
  /** A separate covenant binding the table's participants (seed 000 Casusoverleg Jeugd Eijsden-Margraten). */
  separateCovenant: text.exactOptional(),
  /**
   * Organisations that did not sign this covenant but are bound by the table's separate covenant
   * (seed 000 Casusoverleg Jeugd Eijsden-Margraten: Envida, party to "Zorg voor Jeugd"; 000-R83):
   * at this table they take part as covenant partners do — asked in triage, invited, contributing —
   * and at no other table, where they join a single case only as a third party (P11).
   */
  separateCovenantPartners: z.array(slugSchema).exactOptional(),
  /** `routing_only`: individuals are discussed only to decide where their case belongs (seed 000 PJO). */
  individualsDiscussed: z.enum(['full', 'routing_only']),
  /**
   * The tables whose designated functionary receives this table's minutes (seed 000 PJO: "de
   * notulen van het PJO gedeeld met de procesmanager jeugd"): per individual discussed only the
   * record (date, status, reason, notes) with the case number, and the group items (ADR 0129).
   */
  minutesSharedWith: z.array(slugSchema).exactOptional(),
  /**
   * Without consent the table shares only on one of these exceptions (seed 000 Casusoverleg Jeugd
   * checklist IV: a. ter voorkoming van strafbare feiten; b. bescherming en veiligheid van
   * jeugdigen en/of de omgeving; c. rechten en vrijheden van anderen): a weighing names one, and
   * sharing without consent at this table needs a weighing that does. Absent: the plain weighing (P7).
   */
  consentExceptions: z.array(z.object({ id: slugSchema, text })).exactOptional(),
  /**
   * Only the data set, not the life domains, as contribution categories (seed 004 Bijlage 1 art. 5:
   * "er wordt geen nieuw persoonsdossier aangelegd, alleen een procesdossier" with "een set
   * kerngegevens per casus"). Absent or false: the nine life domains and the data set.
   */
  coreDataSetOnly: z.boolean().exactOptional(),
  /** The data set the table may record; nothing else is stored for it. */
  allowedDataSet: z.array(dataItemSchema).min(1, 'Een tafel heeft een gegevensset / a table needs a data set'),
  /** What each partner contributes ("gedeelde informatie"). */
  sharedInformation: z.array(z.object({
    partnerId: slugSchema,
    description: text,
    /**
     * The partner says only whether the subject is known to it, nothing more (seed 000 Nwo RJ:
     * "Jeugd GGZ: informatie over het al dan niet bekend zijn van een jeugdige"): its triage answer
     * at this table is "known / not known"; an answer with content is refused (P3).
     */
    knownOnly: z.boolean().exactOptional(),
  })),
  /**
   * The table's own retention (seed 000 art. 10.3: per verschijningsvorm a functionary answers for
   * the dossier under the Archiefwet; 000-R36): the cases at this table are archived and deleted
   * after these months, counted from the collaboration's anchor; its exceptions and reminders
   * apply. Absent: the collaboration's retention.
   */
  retention: z.object({
    archiveAfterMonths: z.number().int().nonnegative().nullable(),
    deleteAfterMonths: z.number().int().positive(),
    source: text,
  }).exactOptional(),
  /**
   * The structured registration fields this table asks beside the registration text, and which of
   * them are required (seed 002 Bijlage B §4: reason and cause, nature, duration and severity,
   * housing, co-residents, step plan and follow-up, the work note for child data). A field not
   * listed is refused at registration. Absent: the registration text only.
   */
  registrationFields: z.array(z.object({ id: z.enum(REGISTRATION_FIELD_IDS), required: z.boolean() })).exactOptional(),
  /** Age of the subjects: minMonths may be negative (unborn, seed 000 Nwo RJ: from -9 months). */
  ageRange: z.object({ minMonths: z.number().int(), maxYears: z.number().int().positive() }).exactOptional(),
});

export const workAreaSchema = z.object({ id: slugSchema, name: text, description: text.exactOptional() });

/**
 * A body outside the collaboration a case can be referred to (seed 003 fase 2 "bijvoorbeeld ZSM";
 * Veilig Thuis, another Zorg- en Veiligheidshuis): the referral records only the body, nothing
 * identifying stays (P12), and the registrant is told so it registers there itself.
 */
export const referralBodySchema = z.object({ id: slugSchema, name: text });

export const processTransitionSchema = z.object({
  event: z.enum(PROCESS_EVENT_KINDS),
  from: z.array(phaseSchema),
  to: phaseSchema,
  /** The step in the collaboration's own words; a refusal names it. */
  label: text,
  /** The step closes the case: closing criterion, reporter's voice, closing date (retention anchor `closing`). */
  closes: z.boolean(),
});

export const processVariantSchema = z.object({
  transitions: z.array(processTransitionSchema).min(1, 'Minstens één stap / at least one step'),
  triageMode: z.enum(['selected', 'presence_enrichment']),
  meetingScheduling: z.enum(['per_case', 'per_work_area', 'per_team']),
  meetingEveryDays: z.number().int().positive().nullable(),
  closingCriteria: z.array(z.object({ id: slugSchema, label: text })),
  reporterDecisiveInClosing: z.boolean(),
  storeOnlyAfterPickup: z.boolean(),
  domainCrossingNeedsConsent: z.boolean(),
  subjectMayAttend: z.boolean(),
  /** The subject attends its own RTO also without a consent record (seed 002 art. 2j, 7.1: "ten alle tijde"). */
  subjectMayAlwaysAttend: z.boolean().exactOptional(),
  /** The consent-or-weighing rule does not apply to the police providing on the art. 20 Wpg decision (seed 002 Bijlage A art. 7.2). */
  wpg20OutsideConsentRule: z.boolean().exactOptional(),
  /** The meeting's result may be a jointly supported proposal instead of an integral plan (seed 002 Bijlage B §3). */
  proposalAsResult: z.boolean().exactOptional(),
  /**
   * The parties the `hand_over` step hands a case to after the enrichment (seed 002 Bijlage B §1:
   * "of voorliggend of sociaal wijkteam"): a covenant partner (its id), or null for a party outside
   * the covenant, to which nothing goes through the system.
   */
  handoverParties: z.array(z.object({ id: slugSchema, name: text, partnerId: slugSchema.nullable() })).exactOptional(),
  firstDisclosureWithoutConsentLimited: z.boolean(),
  /**
   * Without consent a partner shares only on a grounded suspicion of each of these grounds (seed 002
   * Bijlage A art. 7.3: a. a serious physical or mental condition, b. an urgent need for help; "en"),
   * after the subject refused or could not reasonably be asked (art. 7.4): a weighing that carries
   * such a disclosure motivates every ground and says which of the two applies. Absent: the plain
   * weighing (P7).
   */
  noConsentGrounds: z.array(z.object({ id: slugSchema, text })).min(1).exactOptional(),
  /**
   * The process director judges a case's suitability in consultation with the party that
   * registered it (seed 001 and 003 art. 9.2a): the accept records who was consulted, when and
   * with what outcome, and is refused without it.
   */
  acceptInConsultationWithRegistrant: z.boolean().exactOptional(),
  allDirectorsSeeAllCases: z.boolean(),
  nearlyAllPartnersShare: z.number().gt(0).lte(1),
  steps: z.array(z.object({ id: slugSchema, label: text, phase: phaseSchema })),
});

export const retentionPolicySchema = z.object({
  anchor: z.enum(['deescalation_decision', 'closing']),
  archiveAfterMonths: z.number().int().nonnegative().nullable(),
  deleteAfterMonths: z.number().int().positive(),
  exceptionsAllowed: z.boolean(),
  maxExceptionMonths: z.number().int().nonnegative(),
  reminderDaysBefore: z.number().int().nonnegative(),
  /** Days after registration when a signal nobody picked up is deleted, and the reminder before (Nijmegen). */
  unpickedSignal: z.object({ deleteAfterDays: z.number().int().positive(), reminderDaysBefore: z.number().int().nonnegative() }).nullable(),
  /**
   * Police data keeps a retention of its own (seed 002 Bijlage A art. 12.2: Wpg art. 8(6) and
   * 14(1); ADR 0108): each item is removed this many months after its provision in the case,
   * whatever the case's own retention. Absent: police data follows the case.
   */
  policeData: z.object({ deleteAfterMonths: z.number().int().positive() }).exactOptional(),
  source: text,
});

export const controllerSchema = z.object({
  /**
   * - `lead_partner`: every partner stays controller of what it contributes; the process director
   *   acts for the lead partner (seed 003 Bijlage 3, seed 002 art. 9.4).
   * - `central`: one partner is controller of the collaboration's shared dossier (seed 000 art. 8.1,
   *   seed 004 Bijlage 2: the college for VIS2).
   * - `joint`: joint controllers (AVG art. 26) with an arrangement.
   */
  model: z.enum(['lead_partner', 'central', 'joint']),
  dossierController: slugSchema.nullable(),
  jointControllers: z.array(slugSchema),
  /** The partner that runs the system and its security (beheergemeente). */
  operator: slugSchema,
  /** Where a data subject turns with a rights request. */
  rightsRequestsTo: z.enum(['each_partner', 'dossier_controller']),
  /**
   * The address the covenant gives subjects for access and revocation (seed 000 Bijlage 5:
   * veiligheidshuis@maastricht.nl); printed on the consent form and the letters beside the controller.
   */
  rightsContact: text.exactOptional(),
  description: text,
});

export const joinApprovalSchema = z.object({
  rule: z.enum([
    'all_partners',
    'steering_group_after_all_partners',
    'steering_group_after_objection_period',
  ]),
  /** The partner a request to join is addressed to, when the covenant names one. */
  requestTo: slugSchema.nullable(),
  source: text,
});

/**
 * Who consents to a change of the covenant's tables (Bijlage 2): every partner in writing (seed 000
 * art. 16.2), each through one of its managers, before the admin adopts it; or the admin alone.
 * Absent: the admin alone (ADR 0205).
 */
export const amendmentApprovalSchema = z.object({
  rule: z.enum(['all_partners', 'admin']),
  source: text,
});

export const informSubjectSchema = z.object({
  /** The phase by whose start the subject has been informed at the latest (P10). */
  latestAtPhase: phaseSchema,
  responsible: z.enum(['registrant', 'lead_partner']),
  processDirectorMayInformOnBehalf: z.boolean(),
  postponementAllowed: z.boolean(),
  /**
   * The only grounds on which informing may be postponed (seed 004 Bijlage 1 art. 5: "alleen ...
   * indien sprake is van de vrijwaring van een vitaal belang of conflict van plichten"); a
   * postponement names one. Absent: a recorded reason suffices.
   */
  postponementGrounds: z.array(z.enum(POSTPONEMENT_GROUNDS)).exactOptional(),
  source: text,
});

export const thirdPartiesSchema = z.object({
  /**
   * - `p11`: one case, legal basis, consent of all partners in the case, confidentiality declaration, subject informed.
   * - `rto_invitation_with_subject_consent`: only invited to an RTO, with the subject's consent (seed 002 Bijlage A art. 8-9).
   * - `none`: never.
   */
  policy: z.enum(['p11', 'rto_invitation_with_subject_consent', 'none']),
  /** Telling a third party what an RTO discussed needs the contributor's prior written consent (seed 001 art. 7.2). */
  rtoDisclosureNeedsContributorWrittenConsent: z.boolean(),
  source: text,
});

const declarationRuleSchema = z.object({
  /** Months a recorded declaration or check stays valid; null: it does not expire (no seed names a period). */
  validMonths: z.number().int().positive().nullable(),
  /** An expired one refuses personal data until renewed (`refuse`), or only tells the user and the admin (`tell`). */
  whenExpired: z.enum(['tell', 'refuse']),
});

/**
 * The register of confidentiality declarations and VOG checks (§4; seed 002 art. 13.3, seed 004
 * Bijlage 2). Absent: both required, never expiring.
 */
export const declarationsSchema = z.object({
  confidentiality: declarationRuleSchema,
  /** `required` false: no VOG or security screening is asked before personal data is reachable. */
  vog: declarationRuleSchema.extend({ required: z.boolean() }),
  /** Days before expiry from which the user is told and the admin's register lists the user as due. */
  reminderDaysBefore: z.number().int().nonnegative(),
});

export const collaborationConfigShape = z.object({
  id: slugSchema,
  name: text,
  /** The covenant the collaboration rests on, as documents name it. */
  /**
   * The covenant. `registeredName`: the name under which the processing is made known and notified
   * to the supervisory authority (seed 000 art. 4.1); the Wpg provision log names the processing by it.
   */
  source: z.object({ title: text, date: isoDateSchema.nullable(), registeredName: text.exactOptional() }),
  controller: controllerSchema,
  partners: z.array(partnerSchema).min(1, 'Minstens één partner / at least one partner'),
  tables: z.array(tableSchema).min(1, 'Minstens één tafel / at least one table'),
  workAreas: z.array(workAreaSchema),
  /** Outside bodies a case can be referred to; absent: referral only to the collaboration's own tables. */
  referralBodies: z.array(referralBodySchema).exactOptional(),
  process: processVariantSchema,
  retention: retentionPolicySchema,
  noticePeriodMonths: z.number().int().nonnegative(),
  /**
   * When a notice takes effect: after the period; after the period but on 1 January at the
   * earliest (seed 003 art. 21.4); or at the end of the running yearly term (seed 001 art. 20.1).
   */
  noticeEffect: z.enum(['after_period', 'after_period_on_january_first', 'end_of_yearly_term']),
  noticeSource: text,
  /**
   * Whether and how the steering group may exclude a partner that does not keep the covenant
   * (seed 003 art. 21.2, seed 001 art. 20.2: by majority, after a notice of default, with immediate
   * effect). `noticeOfDefaultRequired`: the exclusion must name the notice of default that preceded
   * it. `effect`: `immediate` cuts the partner off at the decision; `after_notice_period` ends its
   * membership as an ordinary notice would. Absent: the covenant knows no exclusion.
   */
  exclusion: z.object({ noticeOfDefaultRequired: z.boolean(), effect: z.enum(['immediate', 'after_notice_period']), source: text }).exactOptional(),
  /**
   * A partner that finds an amendment unacceptable may withdraw from the day it takes effect
   * instead of after the notice period (seed 003 art. 19.3, seed 001 art. 18.3); `source` cites the
   * article. Absent: the covenant has no such exit (an amendment there needs every partner's consent).
   */
  withdrawalOnAmendment: z.object({ source: text }).exactOptional(),
  /**
   * Disputes about how a director carries out its tasks (seed 003 art. 9.4 and 10.4, seed 001
   * art. 9.4 and 10.4): one about the process director goes to the manager, one about a case
   * director to the process director; `escalation` names, in the covenant's words, the body each
   * may be put to. `source` cites the articles. Absent: the covenant has no dispute article.
   */
  disputes: z.object({ escalation: z.object({ processDirector: text, caseDirector: text }), source: text }).exactOptional(),
  /**
   * Leaving at once, without the notice period, when all partners consent unanimously (seed 000
   * art. 13.2); `source` cites the article. Absent: the covenant has no such exit.
   */
  immediateTerminationWithUnanimousConsent: z.object({ source: text }).exactOptional(),
  joinApproval: joinApprovalSchema,
  amendmentApproval: amendmentApprovalSchema.exactOptional(),
  accessionDeclarationRequired: z.boolean(),
  informSubject: informSubjectSchema,
  thirdParties: thirdPartiesSchema,
  /**
   * P14: how many presence lookups one user may ask per hour; more are refused and audited, so
   * the lookup cannot serve as a BSN oracle in bulk (finding M2).
   */
  presenceLookup: z.object({
    maxPerUserPerHour: z.number().int().positive(),
    /**
     * When one user's answered lookups within `withinHours` reach `lookups`, the privacy officers
     * are told in their inbox and the alert is audited (finding M2 follow-up). Absent: 100 in 24 hours.
     */
    alert: z.object({ lookups: z.number().int().positive(), withinHours: z.number().int().positive() }).exactOptional(),
  }),
  declarations: declarationsSchema.exactOptional(),
  rightsRequestDeadline: z.object({ amount: z.number().int().positive(), unit: z.enum(['weeks', 'months']) }),
  /** Statistics exports leave out what non-municipal partners entered (seed 004 Bijlage 2). */
  statisticsExcludeNonMunicipalContributions: z.boolean(),
  /** NL Design System token overrides, e.g. `{ "--utrecht-color-primary": "#..." }`. */
  theme: z.record(z.string(), z.string().min(1)).exactOptional(),
});

export type CollaborationConfigShape = z.infer<typeof collaborationConfigShape>;
