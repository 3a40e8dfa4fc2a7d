/**
 * Builds the process guards' snapshot of a case (src/domain/process/case-state.ts) from the
 * tables, inside the caller's transaction (Row-Level Security applies underneath): the service
 * gathers, the domain decides.
 *
 * Mapping choices where the schema has no table of its own (conservative: when in doubt the
 * snapshot holds less, so a guard refuses rather than allows):
 * - `pickup` and `closing` come from `cases.closing_criteria`, a JSON object
 *   `{ pickup?: PickupRecord, closing?: ClosingRecord }` (`CaseClosingColumn`); absent → null.
 * - `householdConsent` is the latest consent of kind `household_domain_crossing` (seed 004 stap 4).
 * - `disclosuresWithoutConsent` counts weighings linked to a contribution: a release without
 *   consent records the weighing that carried it (see services/contributions).
 * - `involvedPartners`: the registrant, the partners that designated professionals, the asked
 *   triage partners and the partners invited to a meeting; never a third party's organisation.
 * - Encrypted texts (weighing motivations, postponement reasons, meeting agenda and record)
 *   are decrypted only when `options.key` is given; without it they read as empty, so guards
 *   that need them (P7 weighing, P10 postponement, RTO preparation, plan) refuse.
 *   Field names and shapes: `weighing.motivation` (JSON `WeighingMotivation`),
 *   `informing.postponement_reason` (text), `meeting.preparation` (JSON `{ agenda: string[] }`),
 *   `meeting.record` (JSON `{ date?, reason?, status?, plan?: { goals, actions } }`).
 * - Triage questions are stored one row per asked partner; rows asked together (same time,
 *   asker, behalf, task and purpose) form one `TriageQuestion` whose id is its first row's id.
 *   The mode is the collaboration's `triageMode`; `whyNeeded` lives in `question_enc` (JSON).
 * - Exceptions' motivations are not loaded: no guard reads them from the snapshot.
 */
import type { Kysely } from 'kysely';
import type { CollaborationConfig } from '../../domain/config/collaboration-config.schema.js';
import type { CaseState } from '../../domain/process/case-state.js';
import type { Consent, LegalBasis, Phase, ThirdPartyAccess } from '../../domain/model.js';
import type {
  CaseDirectorAppointment,
  ClosingRecord,
  HouseholdConsent,
  InformingChannel,
  InformingPostponement,
  InformingRecord,
  InformingTopic,
  PickupRecord,
  ReporterVoice,
  Weighing,
  WithoutConsentBecause,
  HandoverRecord,
} from '../../domain/process/records.js';
import type { DataKey } from '../../crypto/case-keys.js';
import { decryptField, decryptJson } from '../../crypto/field-cipher.js';
import type { Database } from '../schema.js';
import { loadMeetings } from './case-state-meetings.js';
import { partnerFromRow } from './partner-row.js';
import { separateCovenantSignatories } from '../../domain/tables/participation.js';
import { groupTriageQuestions } from './triage-question-rows.js';
import { CASE_TEXT_FIELDS, openCaseText } from './case-text.js';

/** The JSON of `cases.closing_criteria`. */
export interface CaseClosingColumn {
  readonly pickup?: PickupRecord;
  readonly closing?: ClosingRecord;
  /** The reporter's own say on closing (Venlo). */
  readonly reporterVoice?: ReporterVoice;
  /** The handover after the enrichment (Venlo, seed 002 Bijlage B §1). */
  readonly handover?: HandoverRecord;
}

/** The decrypted `weighings.motivation_enc`. */
export interface WeighingMotivation {
  /** The conflict of duties weighed by a partner bound to professional secrecy (P7); absent in older rows. */
  readonly conflictOfDuties?: string | undefined;
  readonly proportionality: string;
  readonly subsidiarity: string;
  readonly effectiveness: string;
  readonly objectionsMotivation: string;
  readonly informAfterwardsReason: string;
  /** The motivation per ground for sharing without consent (seed 002 Bijlage A art. 7.3); absent in older rows. */
  readonly noConsentGrounds?: Readonly<Record<string, string>> | undefined;
  /** Why without consent (art. 7.3 refused / 7.4 not askable); absent in older rows. */
  readonly withoutConsentBecause?: WithoutConsentBecause | undefined;
}

export const WEIGHING_FIELD = 'weighing.motivation';
export const POSTPONEMENT_FIELD = 'informing.postponement_reason';

export interface CaseStateOptions {
  /** The case's data key: needed for guards that read recorded texts (see the module note). */
  readonly key?: DataKey;
}

const iso = (d: Date): string => d.toISOString();
const isoOrNull = (d: Date | null): string | null => (d === null ? null : d.toISOString());

const DOMAIN_TOPICS: readonly InformingTopic[] = ['registration', 'triage_outcome', 'rto_outcome', 'third_party', 'deletion'];
const CHANNELS: readonly InformingChannel[] = ['in_person', 'phone', 'letter', 'email', 'other'];

function asTopic(topic: string): InformingTopic | null {
  return DOMAIN_TOPICS.find((t) => t === topic) ?? null;
}

function asChannel(method: string | null): InformingChannel {
  return CHANNELS.find((c) => c === method) ?? 'other';
}

/** When the signal was picked up, in epoch milliseconds, from the JSON of `cases.closing_criteria`; null while it is not. */
export function pickedUpAt(column: unknown): number | null {
  const at = closingColumn(column).pickup?.pickedUpAt;
  const ms = typeof at === 'string' ? Date.parse(at) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

/** The closing record of a case (criterion, note with the agreements made, when), or null. */
export function closingOf(column: unknown): NonNullable<CaseClosingColumn['closing']> | null {
  return closingColumn(column).closing ?? null;
}

/** The handover after the enrichment (Venlo), or null. */
export function handoverOf(column: unknown): NonNullable<CaseClosingColumn['handover']> | null {
  return closingColumn(column).handover ?? null;
}

function closingColumn(value: unknown): CaseClosingColumn {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value) : {};
}

const EMPTY_MOTIVATION: WeighingMotivation = { proportionality: '', subsidiarity: '', effectiveness: '', objectionsMotivation: '', informAfterwardsReason: '' };

function motivation(key: DataKey | undefined, enc: Buffer): WeighingMotivation {
  if (key === undefined) return EMPTY_MOTIVATION;
  return { ...EMPTY_MOTIVATION, ...(decryptJson(key, WEIGHING_FIELD, enc) as Partial<WeighingMotivation>) };
}

/**
 * Loads the guards' snapshot of one case. Call it after the case was found (e.g. `requireCase`,
 * which answers 404): a case that does not exist or that RLS hides throws here.
 */
export async function loadCaseState(
  trx: Kysely<Database>,
  caseId: string,
  config: CollaborationConfig,
  options: CaseStateOptions = {},
): Promise<CaseState> {
  const c = await trx.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (c === undefined) throw new Error(`loadCaseState: case ${caseId} is not visible`);
  const key = options.key;
  const [partners, subjects, involvement, questions, informing, consents, weighings, director, thirdParties, deescalation, exceptions, meetings] = await Promise.all([
    trx.selectFrom('partners').selectAll().where('collaboration_id', '=', c.collaboration_id).orderBy('slug').execute(),
    trx.selectFrom('subjects').select('id').where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute(),
    trx.selectFrom('involvement').select('partner_id').where('case_id', '=', caseId).where('ended_at', 'is', null).execute(),
    trx.selectFrom('triage_questions').selectAll().where('case_id', '=', caseId).orderBy('asked_at').orderBy('id').execute(),
    trx
      .selectFrom('informing_records')
      .leftJoin('users', 'users.id', 'informing_records.informed_by')
      .selectAll('informing_records')
      .select('users.partner_id as informed_by_partner_id')
      .where('informing_records.case_id', '=', caseId)
      .orderBy('informing_records.created_at')
      .execute(),
    trx.selectFrom('consents').selectAll().where('case_id', '=', caseId).orderBy('given_at').orderBy('id').execute(),
    trx.selectFrom('weighings').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute(),
    trx.selectFrom('case_director_appointments').selectAll().where('case_id', '=', caseId).orderBy('appointed_at', 'desc').executeTakeFirst(),
    trx.selectFrom('third_parties').selectAll().where('case_id', '=', caseId).where('ended_at', 'is', null).execute(),
    trx
      .selectFrom('deescalation_decisions')
      .innerJoin('users', 'users.id', 'deescalation_decisions.decided_by')
      .select(['deescalation_decisions.decided_at', 'deescalation_decisions.decided_by', 'users.partner_id'])
      .where('deescalation_decisions.case_id', '=', caseId)
      .orderBy('deescalation_decisions.decided_at', 'desc')
      .executeTakeFirst(),
    trx.selectFrom('deescalation_exceptions').selectAll().where('case_id', '=', caseId).orderBy('decided_at').execute(),
    loadMeetings(trx, caseId, key),
  ]);

  const thirdPartyPartners = new Set(thirdParties.map((t) => t.partner_id));
  // Bound by the table's separate covenant, a non-signatory takes part at this table as a partner (000-R83).
  const covenant = separateCovenantSignatories(config.tables.find((t) => t.id === c.table_id));
  const asPartner = (p: (typeof partners)[number]): ReturnType<typeof partnerFromRow> => {
    const partner = partnerFromRow(p);
    // Its own record still counts: deactivated it is no partner, and the guards judge its dates (ADR 0162).
    return covenant.has(p.slug) && !p.member ? { ...partner, member: p.active } : partner;
  };
  const memberIds = new Set(partners.filter((p) => p.member || (covenant.has(p.slug) && p.active)).map((p) => p.id));
  const involved = new Set<string>([c.registrant_partner_id]);
  for (const id of [...involvement.map((i) => i.partner_id), ...questions.map((q) => q.asked_partner_id), ...meetings.partnerIds]) {
    if (memberIds.has(id) && !thirdPartyPartners.has(id)) involved.add(id);
  }

  const informed: InformingRecord[] = [];
  const postponements: InformingPostponement[] = [];
  for (const r of informing) {
    const topic = asTopic(r.topic);
    if (topic === null || r.subject_id === null) continue;
    if (r.informed_at !== null && r.informed_by !== null && r.on_behalf_of_partner_id !== null) {
      informed.push({
        subjectId: r.subject_id,
        topic,
        informedAt: iso(r.informed_at),
        by: r.informed_by,
        byPartner: r.informed_by_partner_id ?? '',
        onBehalfOf: r.on_behalf_of_partner_id,
        channel: asChannel(r.method),
        ...(r.during_detention ? { duringDetention: true } : {}),
      });
    } else if (r.informed_at === null && r.planned_at !== null) {
      postponements.push({
        subjectId: r.subject_id,
        topic,
        reason: key === undefined || r.postponement_reason_enc === null ? '' : decryptField(key, POSTPONEMENT_FIELD, r.postponement_reason_enc),
        plannedAt: iso(r.planned_at),
        recordedAt: iso(r.created_at),
        by: r.informed_by ?? '',
      });
    }
  }

  const consentRecords: Consent[] = consents.map((k) => ({
    id: k.id,
    subjectId: k.subject_id,
    partners: k.partners,
    scope: openCaseText(key, CASE_TEXT_FIELDS.consentScope, k.scope_enc, k.scope) ?? '',
    givenAt: iso(k.given_at),
    obtainedBy: k.obtained_by,
    revokedAt: isoOrNull(k.revoked_at),
    refused: k.refused,
  }));
  const household = [...consents].reverse().find((k) => k.kind === 'household_domain_crossing');
  const householdConsent: HouseholdConsent | null =
    household === undefined
      ? null
      : { consentId: household.id, givenAt: iso(household.given_at), subjects: [household.subject_id], revokedAt: isoOrNull(household.revoked_at), refused: household.refused };

  const weighingRecords: Weighing[] = weighings.map((w) => {
    const m = motivation(key, w.motivation_enc);
    return {
      id: w.id,
      caseId: w.case_id,
      partnerId: w.partner_id,
      proportionality: m.proportionality,
      subsidiarity: m.subsidiarity,
      effectiveness: m.effectiveness,
      setAsideObjections: w.set_aside_objections,
      objectionsMotivation: m.objectionsMotivation,
      informAfterwards: w.inform_afterwards,
      informAfterwardsReason: m.informAfterwardsReason,
      completedAt: isoOrNull(w.completed_at),
      by: w.completed_by ?? '',
      exceptionGround: w.exception_ground,
      ...(m.noConsentGrounds === undefined ? {} : { noConsentGrounds: m.noConsentGrounds }),
      ...(m.withoutConsentBecause === undefined ? {} : { withoutConsentBecause: m.withoutConsentBecause }),
    };
  });

  const caseDirector: CaseDirectorAppointment | null =
    director === undefined
      ? null
      : { userId: director.user_id, partnerId: director.partner_id, appointedAt: iso(director.appointed_at), meetingId: director.meeting_id, endedAt: isoOrNull(director.ended_at) };

  const thirdPartyRecords: ThirdPartyAccess[] = thirdParties.map((t) => ({
    userId: t.user_id,
    partnerId: t.partner_id,
    basis: t.basis === null ? null : (t.basis as unknown as LegalBasis),
    declarationSignedAt: isoOrNull(t.declaration_signed_at),
    consentsFrom: t.consents_from,
    subjectInformedAt: isoOrNull(t.subject_informed_at),
    motivated: t.motivation_enc !== null,
    addedAt: iso(t.created_at),
    releasedTo: t.released_to,
  }));

  const closing = closingColumn(c.closing_criteria);
  const exceptionIds = config.tables.find((t) => t.id === c.table_id)?.consentExceptions?.map((e) => e.id) ?? [];
  return {
    id: c.id,
    ...(exceptionIds.length === 0 ? {} : { consentExceptions: exceptionIds }),
    ...(config.process.noConsentGrounds === undefined ? {} : { noConsentGrounds: config.process.noConsentGrounds.map((g) => g.id) }),
    phase: c.phase as Phase,
    registrant: c.registrant_partner_id,
    leadPartner: c.lead_partner_id,
    subjects: subjects.map((s) => s.id),
    partners: partners.map(asPartner),
    involvedPartners: [...involved],
    informing: informed,
    postponements,
    triageQuestions: groupTriageQuestions(questions, config.process.triageMode, key),
    consents: consentRecords,
    weighings: weighingRecords,
    meetings: meetings.meetings,
    caseDirector,
    thirdParties: thirdPartyRecords,
    pickup: closing.pickup ?? null,
    householdConsent,
    closing: closing.closing ?? null,
    reporterVoice: closing.reporterVoice ?? null,
    deescalation: deescalation === undefined ? null : { decidedAt: iso(deescalation.decided_at), decidedBy: deescalation.partner_id, by: deescalation.decided_by },
    exceptions: exceptions.map((e) => ({
      step: e.step,
      motivation: '',
      decidedAt: iso(e.decided_at),
      reassessAt: iso(e.reassess_at),
      decidedBy: e.decided_by_partner_id,
      by: e.decided_by,
    })),
    disclosuresWithoutConsent: weighings.filter((w) => w.contribution_id !== null && w.completed_at !== null).length,
    disclosuresWithoutConsentByPartner: countByPartner(weighings.filter((w) => w.contribution_id !== null && w.completed_at !== null)),
    registeredAt: iso(c.created_at),
    informingRules: config.informSubject,
  };
}

function countByPartner(rows: readonly { readonly partner_id: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.partner_id] = (out[r.partner_id] ?? 0) + 1;
  return out;
}
