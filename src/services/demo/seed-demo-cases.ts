/**
 * Demo cases through the real services, so every rule applies to them as to any case: per
 * collaboration a case in screening, triage, RTO, monitoring and de-escalation step 1, and a
 * rejected one (of which nothing identifying remains). Variants follow their configuration:
 * Venlo asks every core partner "known / not known"; Nijmegen stores nothing before pickup.
 * A step a variant refuses is reported and the case stays where it got.
 */
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { LegalBasis, Role } from '../../domain/model.js';
import { systemContext } from '../../store/acting-context.js';
import { registerCase } from '../cases/register-case.js';
import { appointCaseDirector } from '../meetings/appoint-case-director.js';
import { createMeeting } from '../meetings/create-meeting.js';
import { inviteParticipant } from '../meetings/invite-participant.js';
import { saveMeetingRecord } from '../meetings/save-meeting-record.js';
import { recordInforming } from '../informing/record-informing.js';
import { recordConsent } from '../consents/record-consent.js';
import { recordReporterVoice } from '../phases/record-reporter-voice.js';
import { recordPickup } from '../phases/record-pickup.js';
import { transitionCase } from '../phases/transition-case.js';
import { phasesOf } from '../../domain/process/variant.js';
import { recordScreening } from '../tables/record-screening.js';
import type { TransitionInput } from '../phases/transition-case.js';
import type { ServiceDeps, SessionActor } from '../ports.js';
import { askTriageQuestion } from '../triage/ask-triage-question.js';
import { answerTriageQuestion } from '../triage/answer-triage-question.js';
import { shortName, staffPartner } from './demo-users.js';
import { contributionCategories } from '../../domain/tables/data-set.js';

/** The demo answer's kind, or the table's first data item where the table keeps a core data set only (004-P26). */
function demoCategory(config: CollaborationConfig, wanted: string): string {
  const table = config.tables[0];
  if (table === undefined || contributionCategories(table).includes(wanted)) return wanted;
  return table.allowedDataSet[0]?.id ?? wanted;
}
import type { SeededCollaboration } from './seed-demo.js';

/** How far each demo case goes; `closed` is the collaboration's own step out of monitoring (de-escalation, or Venlo's closing). */
const STAGES = ['screening', 'triage', 'rto', 'monitoring', 'closed'] as const;
type Stage = (typeof STAGES)[number];

const PEOPLE: readonly { name: string; birthDate: string; address: string; bsn: string }[] = [
  { name: 'Jan de Vries', birthDate: '1980-04-02', address: 'Markt 1, 5911 HE Venlo', bsn: '111222333' },
  { name: 'Fatima El Amrani', birthDate: '1992-11-17', address: 'Kerkstraat 12, 6211 LK Maastricht', bsn: '123456782' },
  { name: 'Pieter Janssen', birthDate: '1975-01-30', address: 'Molenweg 4, 6041 AB Roermond', bsn: '234567806' },
  { name: 'Sanne Bakker', birthDate: '2001-07-09', address: 'Lindenlaan 8, 6531 AB Nijmegen', bsn: '100000009' },
  { name: 'Mehmet Yilmaz', birthDate: '1968-03-21', address: 'Stationsplein 3, 5801 AB Venray', bsn: '234567879' },
  { name: 'Anouk Peeters', birthDate: '1988-12-01', address: 'Hoogstraat 20, 6001 BA Weert', bsn: '111111110' },
];

interface Member {
  readonly actor: SessionActor;
  readonly slug: string;
}

interface Cast {
  readonly director: SessionActor;
  readonly registrant: Member;
  readonly registrantMayUseBsn: boolean;
  readonly police: Member | null;
  readonly care: Member | null;
  readonly housing: Member | null;
}

async function actorFor(deps: ServiceDeps, username: string): Promise<SessionActor | null> {
  const u = await deps.database.withTransaction(systemContext(), (trx) =>
    trx.selectFrom('users').select(['id', 'partner_id', 'role', 'collaboration_id', 'display_name']).where('username', '=', username).executeTakeFirst(),
  );
  if (u === undefined) return null;
  return { sessionId: 'demo-seed', userId: u.id, partnerId: u.partner_id, role: u.role as Role, collaborationId: u.collaboration_id, displayName: u.display_name };
}

/** A basis from the partner's own catalogue: a law-based one, else the subject's consent. */
function basisFor(config: CollaborationConfig, partnerSlug: string, consentId: string | null): LegalBasis {
  const catalogue = config.partners.find((p) => p.id === partnerSlug)?.legalBasisCatalogue ?? [];
  for (const e of catalogue) {
    if (e.kind === 'wpg20') return { kind: 'wpg20', decision: e.law ?? e.description ?? 'art. 20 Wpg besluit' };
    if ((e.kind === 'public_task' || e.kind === 'legal_obligation') && e.law !== undefined) return { kind: e.kind, law: e.law };
  }
  if (consentId !== null && catalogue.some((e) => e.kind === 'consent')) return { kind: 'consent', consentId };
  return { kind: 'vital_interest', motivation: 'Acute zorgen over de veiligheid van betrokkene (demo).' };
}

async function castFor(deps: ServiceDeps, config: CollaborationConfig): Promise<Cast | null> {
  const at = `@${shortName(config)}`;
  const member = (type: string) => config.partners.find((p) => p.member && p.type === type);
  const registrantPartner = member('reclassering') ?? member('gemeente') ?? config.partners.find((p) => p.member && p.id !== staffPartner(config));
  const director = await actorFor(deps, `procesregisseur${at}`);
  if (registrantPartner === undefined || director === null) return null;
  const registrantActor = await actorFor(deps, `${registrantPartner.id}${at}`);
  if (registrantActor === null) return null;
  const find = async (type: string): Promise<Member | null> => {
    const p = member(type);
    if (p === undefined || p.id === registrantPartner.id) return null;
    const actor = await actorFor(deps, `${p.id}${at}`);
    return actor === null ? null : { actor, slug: p.id };
  };
  return {
    director,
    registrant: { actor: registrantActor, slug: registrantPartner.id },
    registrantMayUseBsn: registrantPartner.mayUseBsn,
    police: await find('politie'),
    care: (await find('ggz')) ?? (await find('zorgaanbieder')),
    housing: await find('woningcorporatie'),
  };
}

async function seedCase(deps: ServiceDeps, config: CollaborationConfig, cast: Cast, stage: Stage | 'rejected', person: (typeof PEOPLE)[number]): Promise<void> {
  const table = config.tables[0];
  if (table === undefined) return;
  const minimal = config.process.storeOnlyAfterPickup;
  const created = await registerCase(deps, cast.registrant.actor, {
    tableId: table.id,
    workArea: config.workAreas[0]?.id,
    // Where only the minimal set is stored before pickup (Nijmegen), the signal is the name and the life domains.
    subjects: [minimal ? { name: person.name } : { name: person.name, birthDate: person.birthDate, address: person.address, ...(cast.registrantMayUseBsn ? { bsn: person.bsn } : {}) }],
    complexCriteria: ['multi_problem', 'multiple_chains'],
    lifeDomains: ['housing', 'income_debts', 'mental_functioning'],
    registration: {
      ...(minimal ? {} : { content: `Aanmelding ${person.name}: dreigende huisuitzetting, oplopende schulden en zorgen over psychisch welzijn; meerdere ketens betrokken.` }),
      special: false,
      police: false,
      purposes: ['screening', 'triage', 'rto', 'plan_execution', 'monitoring'],
      basis: basisFor(config, cast.registrant.slug, null),
    },
    processDirectorId: cast.director.userId,
  });
  const step = async (input: TransitionInput) => transitionCase(deps, cast.director, created.id, input);
  if (stage === 'rejected') {
    await step({ event: 'reject', advice: 'Past beter bij de reguliere hulpverlening (demo).' });
    return;
  }
  if (stage === 'screening') return;
  const now = deps.now().toISOString();
  for (const subjectId of created.subjectIds) {
    // The registrant informs (every covenant lets it; Venlo and Nijmegen allow nobody else).
    await recordInforming(deps, cast.registrant.actor, { caseId: created.id, subjectId, topic: 'registration', informedAt: now, method: 'letter' });
  }
  // A table that screens by its own criteria and follow-up questions gets the director's screening first (seed 000 Bijlage 2).
  if (table.preconditions.some((p) => p.kind === 'screening_recorded' && p.before === 'accept')) {
    await recordScreening(deps, cast.director, created.id, {
      criteriaMet: table.criteria.map((_, i) => i),
      answers: table.followUpQuestions.map(() => 'Ja (demo).'),
      preconditionsConfirmed: table.preconditions.flatMap((p, i) => (p.before === 'accept' ? [i] : [])),
      assessment: 'Voldoet aan de criteria van deze tafel; regie is nodig (demo).',
    });
  }
  // Where the covenant asks it (Midden- and Noord-Limburg), the director's judgement by the criteria, in consultation with the registrant.
  const judged = table.criteriaGroups !== undefined || config.process.acceptInConsultationWithRegistrant === true;
  await step({
    event: 'accept',
    ...(judged
      ? {
          assessment: {
            criteriaMet: table.criteria.map((_, i) => i),
            substance: 'Meerdere problemen op meer dan één leefgebied; de ketens komen er samen verder mee (demo).',
            consultation: { with: `${cast.registrant.slug} (demo)`, at: now, outcome: 'De aanmelder is het eens met de aanname (demo).' },
          },
        }
      : {}),
  });
  // The subject consents to sharing among the partners at the table (and, in Nijmegen, the
  // household to domain-crossing processing), so the demo needs no weighing (P6, P7).
  const tablePartners = config.partners.filter((p) => p.member).map((p) => p.id);
  const partnerIds = await partnerIdsOf(deps, cast.director.collaborationId, tablePartners);
  let consentId: string | null = null;
  for (const subjectId of created.subjectIds) {
    consentId = (await recordConsent(deps, cast.director, { caseId: created.id, subjectId, partners: partnerIds, scope: 'Delen binnen het rondetafeloverleg', givenAt: now, refused: false })).id;
    if (config.process.domainCrossingNeedsConsent) {
      await recordConsent(deps, cast.director, { caseId: created.id, subjectId, partners: partnerIds, scope: 'Toestemming van het huishouden voor domeinoverstijgende verwerking', kind: 'household_domain_crossing', givenAt: now, refused: false });
    }
  }
  if (config.process.storeOnlyAfterPickup) await recordPickup(deps, cast.director, created.id, { partnerId: cast.registrant.actor.partnerId });

  const asked = [cast.police, cast.housing, cast.care].filter((a): a is Member => a !== null);
  const enrichment = config.process.triageMode === 'presence_enrichment';
  if (asked.length > 0 && !enrichment) {
    const q = await askTriageQuestion(deps, cast.director, {
      caseId: created.id,
      partners: asked.map((a) => a.actor.partnerId),
      onBehalfOf: cast.registrant.actor.partnerId,
      task: 'Voorbereiden rondetafeloverleg',
      purpose: 'triage',
      whyNeeded: 'Om te bepalen welke partners kunnen bijdragen aan een plan van aanpak.',
      question: `Is ${person.name} bij u bekend en wat kunt u bijdragen?`,
    });
    for (const a of asked) {
      const question = q.asked.find((x) => x.partnerId === a.actor.partnerId);
      if (question === undefined) continue;
      const police = a === cast.police;
      await answerTriageQuestion(deps, a.actor, {
        caseId: created.id,
        questionId: question.questionId,
        content: police
          ? 'Twee meldingen van overlast in het afgelopen halfjaar; geen lopende strafzaak.'
          : a === cast.housing
            ? 'Huurachterstand van vier maanden; ontruimingsprocedure in voorbereiding.'
            : 'Eerder in behandeling geweest; bereid om contact op te nemen.',
        category: demoCategory(config, police ? 'police_justice' : a === cast.housing ? 'housing' : 'mental_functioning'),
        special: false,
        police,
        purposes: ['triage', 'rto', 'plan_execution', 'monitoring'],
        basis: basisFor(config, a.slug, consentId),
        releasedForRto: 'all',
        excluded: police && cast.housing !== null ? [cast.housing.actor.partnerId] : [],
        disclosureScope: 'content',
      });
    }
  }
  if (stage === 'triage') return;

  const meeting = await createMeeting(deps, cast.director, created.id, {
    scheduledAt: now,
    preparation: {
      goal: 'Samen een plan van aanpak maken',
      themes: ['wonen', 'schulden', 'zorg'],
      decisionsToTake: ['wie wordt casusregisseur', 'welke acties per leefgebied'],
      subjectInvolvement: 'informed_before',
      careAgreements: 'Gegevens blijven in het systeem; niemand neemt gegevens van anderen mee.',
    },
  });
  const invitees = [cast.registrant, ...asked];
  for (const a of invitees) await inviteParticipant(deps, cast.director, created.id, meeting.id, { userId: a.actor.userId, role: a === cast.care ? 'intended_executor' : 'informant' });
  await step({ event: 'schedule_rto' });
  if (stage === 'rto') return;

  const executor = (cast.care ?? cast.registrant).actor;
  await saveMeetingRecord(deps, cast.director, created.id, meeting.id, {
    version: meeting.version,
    date: now,
    status: 'held',
    reason: 'Zorgen over wonen, schulden en psychisch welzijn',
    present: invitees.map((a) => a.actor.userId),
    // The subject was not there: the registrant tells the outcome (seed 000 Bijlage 2).
    outcomeInformant: { userId: cast.registrant.actor.userId },
    plan: {
      goals: [
        { domain: 'housing', goal: 'Huisuitzetting voorkomen' },
        { domain: 'income_debts', goal: 'Schulden stabiliseren' },
      ],
      actions: [
        { description: 'Betalingsregeling huurachterstand afspreken', ownerPartnerId: cast.registrant.actor.partnerId, dueAt: now.slice(0, 10), domain: 'housing' },
        { description: 'Aanmelden bij schuldhulpverlening', ownerPartnerId: executor.partnerId, dueAt: now.slice(0, 10), domain: 'income_debts' },
      ],
    },
  });
  await appointCaseDirector(deps, cast.director, created.id, { userId: executor.userId, meetingId: meeting.id });
  await step({ event: 'adopt_plan' });
  if (stage === 'monitoring') return;
  const closing = closingMove(config);
  if (closing === undefined) return;
  if (closing.closes && config.process.reporterDecisiveInClosing) await recordReporterVoice(deps, cast.registrant.actor, created.id, { agrees: true });
  const criterion = config.process.closingCriteria[0];
  await step({ event: closing.event, ...(closing.closes && criterion !== undefined ? { criterionId: criterion.id } : {}) });
}

/** The step that takes a case out of monitoring in this collaboration, if any. */
function closingMove(config: CollaborationConfig): { readonly event: 'deescalate' | 'close'; readonly closes: boolean } | undefined {
  const move = config.process.transitions.find((t) => t.from.includes('monitoring') && (t.event === 'deescalate' || t.event === 'close'));
  return move === undefined || (move.event !== 'deescalate' && move.event !== 'close') ? undefined : { event: move.event, closes: move.closes };
}

async function partnerIdsOf(deps: ServiceDeps, collaborationId: string, slugs: readonly string[]): Promise<string[]> {
  const rows = await deps.database.withTransaction(systemContext(), (trx) =>
    trx.selectFrom('partners').select(['id', 'slug']).where('collaboration_id', '=', collaborationId).execute(),
  );
  return rows.filter((r) => slugs.includes(r.slug)).map((r) => r.id);
}

export async function seedDemoCases(deps: ServiceDeps, seeded: SeededCollaboration[], log: (m: string) => void = () => undefined): Promise<void> {
  for (const s of seeded) {
    const cast = await castFor(deps, s.config);
    if (cast === null) continue;
    const stages: (Stage | 'rejected')[] = [...STAGES.filter((stage) => (stage === 'closed' ? closingMove(s.config) !== undefined : phasesOf(s.config.process).includes(stage))), 'rejected'];
    for (const [i, stage] of stages.entries()) {
      const person = PEOPLE[i % PEOPLE.length] ?? PEOPLE[0]!;
      try {
        await seedCase(deps, s.config, cast, stage, person);
      } catch (error) {
        log(`demo: ${s.config.id} ${stage}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
