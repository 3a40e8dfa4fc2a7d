/**
 * The answers of the case reads as part of the contract (OpenAPI), so the web client's types are
 * generated from it (web/src/api/contract.ts). Each schema is tied to the service's own type at
 * compile time: a field the service adds or changes without the schema fails `tsc`.
 */
import { z } from 'zod';
import type { CaseAbilities } from '../../domain/access/abilities.js';
import type { CaseListItem } from '../../services/cases/list-cases.js';
import type { CaseView } from '../../services/cases/view-case.js';
import { POSTPONEMENT_GROUNDS } from '../../domain/process/informing-rules.js';

export const caseListItem = z.object({
  id: z.string(),
  number: z.string(),
  phase: z.string(),
  tableId: z.string(),
  workArea: z.string().nullable(),
  updatedAt: z.string(),
  title: z.string().nullable().describe("The first subject's name, when the reader may see the case now."),
});

export const caseList = z.array(caseListItem);

export const caseAbilities = z
  .object({
    purpose: z.string().nullable(),
    viewCase: z.boolean(),
    viewAdminSet: z.boolean(),
    viewRetention: z.boolean(),
    viewBsn: z.boolean(),
    readContributions: z.array(z.string()),
    takeAlong: z.array(z.string()),
    controlContributions: z.array(z.string()),
    contribute: z.boolean(),
    screen: z.boolean(),
    askTriage: z.boolean(),
    inviteParticipants: z.boolean(),
    recordMeeting: z.boolean(),
    appointCaseDirector: z.boolean(),
    scheduleFollowUp: z.boolean(),
    updatePlan: z.boolean(),
    decideDeescalation: z.boolean(),
    proposeException: z.boolean(),
    reopen: z.boolean(),
    registerConsent: z.boolean(),
    recordInforming: z.boolean(),
    addThirdParty: z.boolean(),
    consentThirdParty: z.boolean(),
    recordPickup: z.boolean(),
    completeSubject: z.boolean(),
    readWeighings: z.boolean(),
    clearDossier: z.boolean(),
    viewClearings: z.boolean(),
  })
  .describe('What this user may do in the case now, computed by the domain; the UI offers only these.');

export const subjectView = z.object({
  id: z.string(),
  name: z.string(),
  birthDate: z.string().nullable(),
  address: z.string().nullable(),
  relation: z.string().nullable(),
  bsn: z.string().nullable().optional().describe('Present only when the reader may process the BSN (P8).'),
});

export const contributionView = z.object({
  id: z.string(),
  byPartnerId: z.string(),
  givenIn: z.string(),
  category: z.string(),
  special: z.boolean(),
  police: z.boolean(),
  purposes: z.array(z.string()),
  basis: z.unknown(),
  sharedWith: z.array(z.string()),
  releasedForRto: z.union([z.literal('all'), z.literal('none'), z.array(z.string())]),
  excluded: z.array(z.string()),
  subjectIds: z.array(z.string()),
  content: z.string(),
  details: z
    .object({
      reason: z.string().optional(),
      cause: z.string().optional(),
      nature: z.string().optional(),
      duration: z.string().optional(),
      severity: z.string().optional(),
      housingOwner: z.string().optional(),
      landlord: z.string().optional(),
      coResidents: z.array(z.object({ name: z.string(), birthDate: z.string(), relation: z.string().optional() })).optional(),
      stepPlan: z.string().optional(),
      followUp: z.string().optional(),
      workNote: z.string().optional(),
    })
    .optional()
    .describe("The registration's structured fields where the table asks them (seed 002 Bijlage B §4); the work note (child data) only for the registrant's designated professionals and the case's staff."),
  known: z.boolean().optional(),
  createdAt: z.string(),
  version: z.number(),
  withdrawn: z.boolean(),
  obligations: z.array(z.string()),
});

export const caseView = z.object({
  id: z.string(),
  number: z.string(),
  phase: z.string(),
  tableId: z.string(),
  workArea: z.string().nullable(),
  workAreaName: z.string().nullable().describe("The work area's name as the collaboration configures it."),
  closing: z
    .object({ criterionId: z.string().nullable(), criterionLabel: z.string().nullable(), note: z.string(), decidedAt: z.string(), pickedUpBy: z.string().nullable() })
    .nullable()
    .describe('How the case was closed: the closing criterion, the agreements made to keep things stable (the note), when, and (Venlo, closed without the meeting) the partner that picked the case up; null while it runs.'),
  registeredCriteria: z
    .object({ complex: z.array(z.string()), lifeDomains: z.array(z.string()), table: z.array(z.string()) })
    .nullable()
    .describe("What the registrant ticked: the complex-case criteria, the life domains with concerns, the table's own criteria in its words; null for whom may not read the case."),
  acceptance: z
    .object({
      criteriaMet: z.array(z.string()),
      withinCriteria: z.boolean(),
      substance: z.string(),
      outsideCriteriaReason: z.string().nullable(),
      consultation: z.object({ with: z.string(), at: z.string(), outcome: z.string() }).nullable(),
      by: z.string(),
      at: z.string(),
    })
    .nullable()
    .describe("The process director's judgement at accept: the criteria met in the table's words, whether that meets the criteria, the substance, the reason a case outside them still belongs, the consultation with the registrant; for the case's process directors only."),
  postponementGrounds: z
    .array(z.enum(POSTPONEMENT_GROUNDS))
    .nullable()
    .describe('The only grounds on which informing may be postponed under this covenant (Nijmegen: vital interest, conflict of duties); null where a reason suffices.'),
  phaseSteps: z.array(z.object({ id: z.string(), label: z.string() })).describe("The collaboration's own steps that the current phase covers, in its own words; empty when it names none."),
  version: z.number(),
  registrantPartnerId: z.string(),
  leadPartnerId: z.string(),
  createdAt: z.string(),
  purpose: z.string().nullable(),
  abilities: caseAbilities,
  pickup: z.object({ byPartnerId: z.string().nullable(), pickedUpAt: z.string().nullable() }).optional(),
  handover: z
    .object({ partyId: z.string(), partyName: z.string(), partnerId: z.string().nullable(), reason: z.enum(['help_involved', 'help_question']), at: z.string(), by: z.string(), byPartnerId: z.string() })
    .optional()
    .describe('The handover after the enrichment (Venlo): to which party, why, when, by whom; absent when not handed over.'),
  subjects: z.array(subjectView),
  contributions: z.array(contributionView),
  direction: z
    .object({ processDirectorIds: z.array(z.string()), caseDirectorId: z.string().nullable() })
    .optional()
    .describe('Who directs the case (user ids), for those who see the case now.'),
});

/** Both ways: the service's type fits the schema, and the schema names nothing the service lacks. */
type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tied = <T extends true>(): T => true as T;
export const CONTRACT_TIED = [
  tied<Same<keyof z.infer<typeof caseListItem>, keyof CaseListItem>>(),
  tied<Same<keyof z.infer<typeof caseAbilities>, keyof CaseAbilities>>(),
  tied<Same<keyof z.infer<typeof caseView>, keyof CaseView>>(),
  tied<Same<keyof z.infer<typeof contributionView>, keyof CaseView['contributions'][number]>>(),
  tied<Same<keyof z.infer<typeof subjectView>, keyof CaseView['subjects'][number]>>(),
  tied<Mutable<CaseView> extends z.infer<typeof caseView> ? true : false>(),
  tied<Mutable<CaseListItem> extends z.infer<typeof caseListItem> ? true : false>(),
] as const;
