/**
 * The case page for one reader: abilities computed by the domain, and only what the policy
 * allows, decrypted and audited read by read (P16). What may not be seen is absent.
 */
import { closingOf, handoverOf } from '../../store/repositories/case-state.repository.js';
import { caseRelation, roleActsInNoCase, seesSubject } from '../../domain/access/decide.js';
import { computeAbilities } from '../../domain/access/abilities.js';
import type { CaseAbilities } from '../../domain/access/abilities.js';
import { filterCase } from '../../domain/access/filter-case.js';
import type { Purpose } from '../../domain/model.js';
import { decryptField, decryptJson } from '../../crypto/field-cipher.js';
import { auditEntry, domainActor, gate, refuse, withActor, wouldAllow } from '../access-gate.js';
import type { AuditEntry, ServiceDeps, SessionActor, Trx } from '../ports.js';
import type { Selectable } from 'kysely';
import type { ContributionsTable } from '../../store/schema.js';
import type { DataKey } from '../../crypto/case-keys.js';
import { caseKey, requireCase } from './case-context.js';
import { loadCaseVariant } from './case-variant.js';
import type { PickupView } from './case-variant.js';
import type { LoadedCase } from './case-context.js';
import { CASE_TEXT_FIELDS, openCaseText } from '../../store/repositories/case-text.js';
import type { PostponementGround } from '../../domain/process/informing-rules.js';
import { acceptanceView } from './acceptance-view.js';
import type { AcceptanceView } from './acceptance-view.js';
import { readsWorkNote } from '../../domain/process/registration-details.js';
import type { RegistrationDetails } from '../../domain/process/registration-details.js';

export interface ContributionView {
  readonly id: string;
  readonly byPartnerId: string;
  readonly givenIn: string;
  readonly category: string;
  readonly special: boolean;
  readonly police: boolean;
  readonly purposes: readonly string[];
  readonly basis: unknown;
  readonly sharedWith: readonly string[];
  readonly releasedForRto: 'all' | 'none' | readonly string[];
  readonly excluded: readonly string[];
  /** The subjects of the case it is about; empty: the case as a whole. */
  readonly subjectIds: readonly string[];
  readonly content: string;
  /**
   * The registration's structured fields (seed 002 Bijlage B §4), where the table asks them; the
   * work note (child data) only for the registrant's designated professionals and the case's staff.
   */
  readonly details?: RegistrationDetails;
  /** A "known / not known" answer to an enrichment question (Venlo): which of the two. */
  readonly known?: boolean;
  readonly createdAt: string;
  readonly version: number;
  readonly withdrawn: boolean;
  /** Obligations attached to this read (e.g. the Wpg art. 32 log was written). */
  readonly obligations: readonly string[];
}

export interface SubjectView {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly address: string | null;
  readonly relation: string | null;
  /** Present only when the reader may process the BSN (P8). */
  readonly bsn?: string | null;
}

export interface CaseView {
  readonly id: string;
  readonly number: string;
  readonly phase: string;
  readonly tableId: string;
  readonly workArea: string | null;
  /** The work area's name as the configuration gives it (`workAreas[].name`), or null. */
  readonly workAreaName: string | null;
  /**
   * The collaboration's own steps (`process.steps`) that the case's current phase covers, in its
   * own words (seed 004 Bijlage 3: "1 Inbrengen signalen …"); empty when it names none for it.
   */
  readonly phaseSteps: readonly { readonly id: string; readonly label: string }[];
  readonly version: number;
  readonly registrantPartnerId: string;
  readonly leadPartnerId: string;
  readonly createdAt: string;
  readonly purpose: Purpose | null;
  readonly abilities: CaseAbilities;
  /** Where nothing is stored before pickup (Nijmegen, P12): whether and by whom the case was picked up. */
  readonly pickup?: PickupView;
  /** How the case was closed: criterion, the agreements made to keep things stable, when; null while open or for whom may not read the case. */
  readonly closing: { readonly criterionId: string | null; readonly criterionLabel: string | null; readonly note: string; readonly decidedAt: string; readonly pickedUpBy: string | null } | null;
  /**
   * The handover after the enrichment (Venlo, seed 002 Bijlage B §1): to which party, why, when,
   * by whom; for whoever may read the case or its administrative set. Absent when not handed over.
   */
  readonly handover?: { readonly partyId: string; readonly partyName: string; readonly partnerId: string | null; readonly reason: 'help_involved' | 'help_question'; readonly at: string; readonly by: string; readonly byPartnerId: string };
  /**
   * What the registrant ticked at registration (seed 003 Bijlage 2, art. 1.7; row 003-5): the
   * complex-case criteria, the life domains with concerns, and the table's own criteria in its
   * words; for whoever may read the case now (the process director judges it at screening).
   */
  readonly registeredCriteria: { readonly complex: readonly string[]; readonly lifeDomains: readonly string[]; readonly table: readonly string[] } | null;
  /** The process director's judgement at accept (criteria, substance, consultation with the registrant); for the case's process directors only. */
  readonly acceptance: AcceptanceView | null;
  /** The only grounds on which informing may be postponed (seed 004 Bijlage 1 art. 5); null where a reason suffices. */
  readonly postponementGrounds: readonly PostponementGround[] | null;
  readonly subjects: readonly SubjectView[];
  readonly contributions: readonly ContributionView[];
  /** Who directs the case (user ids; names from the directory), for those who see the case now. */
  readonly direction?: { readonly processDirectorIds: readonly string[]; readonly caseDirectorId: string | null };
}

type ContributionRow = Selectable<ContributionsTable>;

/** The registration's `complex_criteria` column: `{ criteria, lifeDomains, tableCriteria }` (indexes into the table's criteria). */
function registeredCriteria(stored: unknown, tableCriteria: readonly string[]): NonNullable<CaseView['registeredCriteria']> {
  const o = (typeof stored === 'string' ? JSON.parse(stored) : stored) as { criteria?: unknown; lifeDomains?: unknown; tableCriteria?: unknown } | null;
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const indexes = Array.isArray(o?.tableCriteria) ? o.tableCriteria.filter((x): x is number => typeof x === 'number') : [];
  return { complex: strings(o?.criteria), lifeDomains: strings(o?.lifeDomains), table: indexes.flatMap((i) => (tableCriteria[i] === undefined ? [] : [tableCriteria[i]])) };
}

/** The stored details as this reader may see them: without the work note unless `workNote`. */
function detailsFor(stored: RegistrationDetails | undefined, workNote: boolean): RegistrationDetails | undefined {
  if (stored === undefined) return undefined;
  if (workNote || stored.workNote === undefined) return stored;
  const { workNote: _hidden, ...rest } = stored;
  return Object.keys(rest).length === 0 ? undefined : rest;
}

function toView(key: DataKey, c: ContributionRow, obligations: readonly string[], workNote: boolean): ContributionView {
  const content = decryptJson(key, 'contribution.content', c.content_enc) as { text: string; known?: unknown; details?: RegistrationDetails };
  const details = detailsFor(content.details, workNote);
  return {
    id: c.id,
    byPartnerId: c.by_partner_id,
    givenIn: c.given_in,
    category: c.category,
    special: c.special,
    police: c.police,
    purposes: c.purposes,
    basis: c.basis,
    sharedWith: c.shared_with,
    releasedForRto: c.released_for_rto,
    excluded: c.excluded,
    subjectIds: c.subject_ids,
    content: content.text,
    ...(details === undefined ? {} : { details }),
    ...(typeof content.known === 'boolean' ? { known: content.known } : {}),
    createdAt: c.created_at.toISOString(),
    version: c.version,
    withdrawn: c.withdrawn_at !== null,
    obligations,
  };
}

export async function readContributionRow(
  deps: ServiceDeps,
  trx: Trx,
  loaded: LoadedCase,
  id: string,
  obligations: readonly string[],
  /** The reader sees the registration's work note (`readsWorkNote`); false for answers and documents that leave the case. */
  workNote = false,
): Promise<ContributionView> {
  const c = await trx.selectFrom('contributions').selectAll().where('id', '=', id).where('case_id', '=', loaded.row.id).executeTakeFirstOrThrow();
  return toView(await caseKey(deps, trx, loaded.row.id), c, obligations, workNote);
}

const STATISTICIAN = {
  nl: 'Onderzoek en Statistiek opent geen casus: het ziet aantallen en procesinformatie van één toegewezen regieteamwijk, zonder casusnummers of leidende partners (seed 004 Bijlage 2).',
  en: 'Research and Statistics opens no case: it sees counts and the process information of one assigned neighbourhood, without case numbers or lead partners (seed 004 Bijlage 2).',
};

export async function viewCase(deps: ServiceDeps, actor: SessionActor, caseId: string, purposeOverride?: Purpose): Promise<CaseView> {
  // Every allowed read of the page, committed after the read in one group-committed statement;
  // the page is returned only once they are durable (fail closed).
  const batch: AuditEntry[] = [];
  const view = await withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, caseId);
    if (roleActsInNoCase(actor.role)) refuse(auditEntry(deps, actor, { action: 'case.view', purpose: 'statistics', caseId }), { rule: 'P19', reason: 'statistician_acts_in_no_case', messages: STATISTICIAN });
    const { row, facts } = loaded;
    const now = deps.now().getTime();
    const variant = await loadCaseVariant(deps, trx, loaded);
    const config = await deps.collaborationConfig(trx, row.collaborationId);
    const abilities = computeAbilities(domainActor(actor), facts, now, variant.facts);
    const purpose = purposeOverride ?? abilities.purpose;
    // Closing (Nijmegen step 7, Venlo): the criterion, the agreements to keep things stable, and when (004-W20, 004-W21).
    const closingRow = await trx.selectFrom('cases').select(['closing_criteria', 'closing_note_enc', 'complex_criteria', 'closed_at']).where('id', '=', row.id).executeTakeFirst();
    const closingRecord = closingOf(closingRow?.closing_criteria ?? null);
    // The note is sealed under the case key (migration 390); a row an older version wrote still has it in plaintext.
    const closingNoteEnc = closingRow?.closing_note_enc ?? null;
    const closingNote = closingRecord === null ? '' : (openCaseText(closingNoteEnc === null ? undefined : await caseKey(deps, trx, row.id), CASE_TEXT_FIELDS.closingNote, closingNoteEnc, closingRecord.note) ?? '');
    const handover = handoverOf(closingRow?.closing_criteria ?? null);
    // A case a closing step put straight into the archive (Venlo, Nijmegen step 8) keeps its closing,
    // the state of affairs at closing (seed 002 Bijlage B §4), with the administrative set for staff (ADR 0150).
    const closedIntoArchive = row.phase === 'archived' && (closingRow?.closed_at ?? null) !== null && abilities.viewAdminSet;
    const subjects: SubjectView[] = [];
    const contributions: ContributionView[] = [];
    // The privacy officer reads the case within a request it handles, for the purpose rights_request.
    const officerInRequest = actor.role === 'privacy_officer' && purposeOverride !== undefined && caseRelation(domainActor(actor), facts, purposeOverride, now) === null;
    if (purpose !== null && (abilities.viewCase || officerInRequest)) {
      const key = await caseKey(deps, trx, caseId);
      const subjectRows = await trx.selectFrom('subjects').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
      for (const s of subjectRows) {
        // Household cases: within one member's request, the other members stay unnamed (issue 13 item 1).
        if (!seesSubject(domainActor(actor), facts, s.id, now)) continue;
        await gate(deps, trx, actor, facts, { resource: { kind: 'admin_set' }, purpose, action: 'read', subjectId: s.id, auditAction: 'subject.read' }, batch);
        const mayBsn = s.bsn_enc !== null && wouldAllow(deps, actor, facts, { kind: 'subject_bsn', subjectId: s.id }, purpose);
        if (mayBsn) await gate(deps, trx, actor, facts, { resource: { kind: 'subject_bsn', subjectId: s.id }, purpose, action: 'read', auditAction: 'subject.bsn.read' }, batch);
        subjects.push({
          id: s.id,
          name: decryptField(key, 'subject.name', s.name_enc),
          birthDate: s.birth_date_enc === null ? null : decryptField(key, 'subject.birth_date', s.birth_date_enc),
          address: s.address_enc === null ? null : decryptField(key, 'subject.address', s.address_enc),
          relation: openCaseText(key, CASE_TEXT_FIELDS.subjectRelation, s.relation_enc, s.relation),
          ...(mayBsn && s.bsn_enc !== null ? { bsn: decryptField(key, 'subject.bsn', s.bsn_enc) } : {}),
        });
      }
      // Within one subject's request, the privacy officer's reads are audited under that subject.
      const sole = subjects.length === 1 ? subjects[0] : undefined;
      const requestSubject = officerInRequest && sole !== undefined ? { subjectId: sole.id } : {};
      // One query for the rows, one key, one audit statement for the whole page.
      const allowed = filterCase(domainActor(actor), facts, purpose, now).allowed;
      const rows = allowed.length === 0 ? [] : await trx.selectFrom('contributions').selectAll().where('case_id', '=', caseId).where('id', 'in', allowed.map((a) => a.id)).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const a of allowed) {
        const decision = await gate(deps, trx, actor, facts, { resource: { kind: 'contribution', id: a.id }, purpose, action: 'read', auditAction: 'contribution.read', ...requestSubject }, batch);
        const row = byId.get(a.id);
        if (row !== undefined) contributions.push(toView(key, row, decision.obligations, readsWorkNote(domainActor(actor), facts, row.by_partner_id)));
      }
    }
    return {
      id: row.id,
      number: row.number,
      phase: row.phase,
      tableId: row.tableId,
      workArea: row.workArea,
      workAreaName: row.workArea === null ? null : (config.workAreas.find((w) => w.id === row.workArea)?.name ?? null),
      phaseSteps: config.process.steps.filter((step) => step.phase === row.phase).map((step) => ({ id: step.id, label: step.label })),
      version: row.version,
      registrantPartnerId: row.registrantPartnerId,
      leadPartnerId: row.leadPartnerId,
      createdAt: row.createdAt.toISOString(),
      purpose,
      abilities,
      ...(variant.pickup === undefined ? {} : { pickup: variant.pickup }),
      closing:
        closingRecord === null || !(abilities.viewCase || closedIntoArchive)
          ? null
          : {
              criterionId: closingRecord.criterionId,
              criterionLabel: config.process.closingCriteria.find((c) => c.id === closingRecord.criterionId)?.label ?? null,
              note: closingNote,
              decidedAt: closingRecord.decidedAt,
              pickedUpBy: closingRecord.pickedUpBy ?? null,
            },
      ...(handover === null || !(abilities.viewCase || abilities.viewAdminSet)
        ? {}
        : {
            handover: {
              partyId: handover.partyId,
              partyName: (config.process.handoverParties ?? []).find((p) => p.id === handover.partyId)?.name ?? handover.partyId,
              partnerId: handover.partnerId,
              reason: handover.reason,
              at: handover.at,
              by: handover.by,
              byPartnerId: handover.byPartner,
            },
          }),
      registeredCriteria: abilities.viewCase ? registeredCriteria(closingRow?.complex_criteria ?? null, config.tables.find((t) => t.id === row.tableId)?.criteria ?? []) : null,
      acceptance: abilities.viewCase && facts.processDirectors.has(actor.userId) ? await acceptanceView(deps, trx, row.id, config.tables.find((t) => t.id === row.tableId)?.criteria ?? []) : null,
      postponementGrounds: config.informSubject.postponementGrounds ?? null,
      subjects,
      contributions,
      ...(abilities.viewCase ? { direction: { processDirectorIds: [...facts.processDirectors], caseDirectorId: facts.caseDirector } } : {}),
    };
  });
  await deps.audit.appendCommitted(batch);
  return view;
}

/** One contribution, for a stated purpose and action (read or take along), decided and audited. */
export async function readContribution(
  deps: ServiceDeps,
  actor: SessionActor,
  input: { caseId: string; contributionId: string; purpose: Purpose; action: 'read' | 'take_along' },
): Promise<ContributionView> {
  const batch: AuditEntry[] = [];
  const view = await withActor(deps, actor, async (trx) => {
    const loaded = await requireCase(trx, input.caseId);
    const decision = await gate(
      deps,
      trx,
      actor,
      loaded.facts,
      {
        resource: { kind: 'contribution', id: input.contributionId },
        purpose: input.purpose,
        action: input.action,
        auditAction: input.action === 'take_along' ? 'contribution.take_along' : 'contribution.read',
      },
      batch,
    );
    const byPartner = loaded.facts.contributions.get(input.contributionId)?.by;
    const workNote = input.action === 'read' && byPartner !== undefined && readsWorkNote(domainActor(actor), loaded.facts, byPartner);
    return readContributionRow(deps, trx, loaded, input.contributionId, decision.obligations, workNote);
  });
  // The read's audit record, group-committed; the content is returned only once it is durable.
  await deps.audit.appendCommitted(batch);
  return view;
}
