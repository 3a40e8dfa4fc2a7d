/**
 * Registration (§3.1): only a professional of an active covenant partner registers (P1); the
 * registration carries a legal basis (P5); a BSN only when the registrant may use it and it
 * passes the 11-test (P8). The case gets its own data key; names, addresses, BSNs and content
 * are stored encrypted; the BSN also as a keyed hash for matching (presence lookup). A table with
 * an age range admits a case only when the subject it is about is within it (seed 000 Bijlage 2).
 */
import { decideRegistration } from '../../domain/access/register.js';
import { reasonMessage } from '../../domain/access/reasons.js';
import type { ComplexCaseCriterion, ContributionPurpose, LegalBasis, LifeDomain } from '../../domain/model.js';
import { checkLegalBasis } from '../../domain/process/legal-basis.js';
import { checkPoliceData, isPoliceData } from '../../domain/process/police-data.js';
import { enforceWpg20InForce } from '../provisions/wpg20-decision.js';
import { reasonMessage as processMessage } from '../../domain/process/reasons.js';
import { validateBsn } from '../../domain/validation/bsn.js';
import { createCaseKey } from '../../crypto/case-keys.js';
import { bsnHash, nameBirthHash } from '../../crypto/bsn-hash.js';
import { personMatchKey } from '../../domain/presence/person-match.js';
import { encryptField, encryptJson } from '../../crypto/field-cipher.js';
import { loadPartnerFacts } from '../../store/repositories/case-facts.repository.js';
import { auditEntry, refuse, withActor } from '../access-gate.js';
import { AppError, validationFailed } from '../app-error.js';
import type { FieldIssue } from '../app-error.js';
import type { ServiceDeps, SessionActor, Trx } from '../ports.js';
import { partnerFromRow } from './partners.js';
import { checkAgeRange } from '../../domain/tables/age-range.js';
import { directorsForWorkArea, workAreaIssue } from '../../domain/process/work-area.js';
import { designationHolds } from '../../domain/tables/designation.js';
import { enforceTable } from '../tables/table-context.js';
import type { CollaborationTable } from '../../domain/config/collaboration-config.schema.js';
import { CASE_TEXT_FIELDS, sealCaseText } from '../../store/repositories/case-text.js';
import { checkRegistrationDetails, compactDetails } from '../../domain/process/registration-details.js';
import type { RegistrationDetails } from '../../domain/process/registration-details.js';

export interface SubjectInput {
  readonly name: string;
  readonly birthDate?: string | undefined;
  readonly address?: string | undefined;
  readonly bsn?: string | undefined;
  readonly relation?: string | undefined;
}

export interface RegisterCaseInput {
  readonly tableId: string;
  readonly workArea?: string | undefined;
  readonly subjects: readonly SubjectInput[];
  readonly complexCriteria: readonly ComplexCaseCriterion[];
  readonly lifeDomains: readonly LifeDomain[];
  /** The table's own criteria the registrant thinks apply, as indexes into its `criteria` (seed 000 Bijlage 2). */
  readonly tableCriteria?: readonly number[] | undefined;
  /** What the registrant gives the process director to judge the case (data minimisation). */
  readonly registration: {
    /** Required, except where only the minimal set is stored before pickup (Nijmegen step 1): there it must be absent. */
    readonly content?: string | undefined;
    readonly special: boolean;
    readonly police: boolean;
    readonly purposes: readonly ContributionPurpose[];
    readonly basis: LegalBasis;
    /** The structured fields the table asks (`tables[].registrationFields`, seed 002 Bijlage B §4); stored with the text. */
    readonly details?: RegistrationDetails | undefined;
  };
  readonly processDirectorId?: string | undefined;
}

export interface RegisteredCase {
  readonly id: string;
  readonly number: string;
  readonly subjectIds: readonly string[];
  readonly registrationId: string;
}

/** P14: the keyed name-and-birth-date hash of a subject, when both are known. */
function nameBirthHashOf(deps: ServiceDeps, collaborationId: string, name: string, birthDate: string | undefined): Buffer | null {
  const key = birthDate === undefined ? null : personMatchKey(name, birthDate);
  return key === null ? null : nameBirthHash(deps.bsnKey, collaborationId, key);
}

const MINIMAL_SET = 'vóór het oppakken alleen naam en dat-gegevens (seed 004 Bijlage 3 stap 1); breng dit in na het oppakken';

/**
 * Where nothing but the minimal set is stored before pickup (Nijmegen step 1: "naam en
 * dat-gegevens"), a registration carries the names, the life domains and the basis only: no
 * birth date, address or BSN, no free text, no special categories or police data. Elsewhere the
 * registration text is required.
 */
function minimalSetIssues(storeOnlyAfterPickup: boolean, input: RegisterCaseInput): FieldIssue[] {
  const content = input.registration.content?.trim() ?? '';
  if (!storeOnlyAfterPickup) return content === '' ? [{ field: 'registration.content', message: 'verplicht: de informatie die de procesregisseur nodig heeft om te beoordelen' }] : [];
  const issues: FieldIssue[] = [];
  input.subjects.forEach((s, i) => {
    for (const field of ['birthDate', 'address', 'bsn'] as const) {
      if (s[field] !== undefined) issues.push({ field: `subjects.${i}.${field}`, message: MINIMAL_SET });
    }
  });
  if (content !== '') issues.push({ field: 'registration.content', message: `geen vrije tekst ${MINIMAL_SET}` });
  if (input.registration.special) issues.push({ field: 'registration.special', message: `geen bijzondere persoonsgegevens ${MINIMAL_SET}` });
  if (input.registration.police) issues.push({ field: 'registration.police', message: `geen politiegegevens ${MINIMAL_SET}` });
  return issues;
}

/**
 * The table's designated functionary (seed 000 art. 10.2, ADR 0110) while the designation holds:
 * still an active process director of the officer's partner.
 */
async function designatedDirector(trx: Trx, collaborationId: string, table: CollaborationTable | undefined): Promise<string | undefined> {
  if (table === undefined) return undefined;
  const row = await trx
    .selectFrom('table_designations')
    .innerJoin('users', 'users.id', 'table_designations.user_id')
    .innerJoin('partners', 'partners.id', 'users.partner_id')
    .select(['users.id', 'users.role', 'users.active', 'partners.slug'])
    .where('table_designations.collaboration_id', '=', collaborationId)
    .where('table_designations.table_id', '=', table.id)
    .executeTakeFirst();
  return row !== undefined && designationHolds(table, { role: row.role, active: row.active, partnerSlug: row.slug }) ? row.id : undefined;
}

/**
 * The case's process director. A table with a designated functionary (seed 000 art. 10.2) gives
 * its new cases to that person; otherwise a table with a responsible officer (art. 10.2/10.3) keeps
 * its cases with the process directors employed by that officer's partner, least-loaded first;
 * elsewhere the least-loaded director of the house. Within that pool, a case in a work area goes to
 * the directors responsible for it (004-C06: "in een aantal wijken"), where any are. A requested
 * director must be in that pool.
 */
async function pickProcessDirector(trx: Trx, collaborationId: string, requested: string | undefined, table: CollaborationTable | undefined, workArea: { readonly id: string; readonly name: string } | undefined): Promise<string> {
  const designated = await designatedDirector(trx, collaborationId, table);
  if (designated !== undefined) {
    if (requested !== undefined && requested !== designated) {
      throw validationFailed([{ field: 'processDirectorId', message: `nieuwe casussen aan ${table?.name ?? 'deze overlegtafel'} gaan naar de aangewezen functionaris van deze overlegtafel (art. 10.2)` }]);
    }
    return designated;
  }
  const officer = table?.responsibleOfficer;
  let query = trx
    .selectFrom('users')
    .leftJoin('case_staff', (j) => j.onRef('case_staff.user_id', '=', 'users.id').on('case_staff.ended_at', 'is', null))
    .select((eb) => ['users.id', 'users.username', 'users.work_areas', eb.fn.count('case_staff.case_id').as('load')])
    .where('users.collaboration_id', '=', collaborationId)
    .where('users.role', '=', 'process_director')
    .where('users.active', '=', true);
  if (officer !== undefined) {
    const partner = await trx.selectFrom('partners').select('id').where('collaboration_id', '=', collaborationId).where('slug', '=', officer.partnerId).executeTakeFirst();
    query = query.where('users.partner_id', '=', partner?.id ?? '00000000-0000-0000-0000-000000000000');
  }
  const pool = await query.groupBy(['users.id', 'users.username', 'users.work_areas']).orderBy('load').orderBy('users.username').execute();
  const directors = directorsForWorkArea(pool.map((d) => ({ ...d, workAreas: d.work_areas })), workArea?.id);
  if (requested !== undefined) {
    if (!directors.some((d) => d.id === requested)) {
      const message =
        pool.some((d) => d.id === requested) && workArea !== undefined
          ? `geen procesregisseur van werkgebied ${workArea.name}: kies een procesregisseur die de regie voert in deze wijk / not a process director of this work area`
          : officer === undefined
            ? 'not a process director of this collaboration'
            : `geen procesregisseur van deze overlegtafel: de regie ligt bij ${officer.title}`;
      throw validationFailed([{ field: 'processDirectorId', message }]);
    }
    return requested;
  }
  const first = directors[0];
  if (first === undefined) {
    if (officer !== undefined) {
      throw new AppError('conflict', {
        nl: `Overlegtafel ${table?.name ?? ''} heeft geen actieve procesregisseur bij de verantwoordelijke functionaris (${officer.title}).`,
        en: `Table ${table?.name ?? ''} has no active process director with its responsible officer (${officer.title}).`,
      });
    }
    throw new AppError('conflict', { nl: 'Dit samenwerkingsverband heeft geen procesregisseur.', en: 'This collaboration has no process director.' });
  }
  return first.id;
}

/** The next case number of the collaboration in this year, e.g. 2026-0007 (row-locked counter). */
async function nextCaseNumber(trx: Trx, collaborationId: string, year: number): Promise<string> {
  const row = await trx
    .insertInto('case_number_counters')
    .values({ collaboration_id: collaborationId, year, last: 1 })
    .onConflict((oc) => oc.columns(['collaboration_id', 'year']).doUpdateSet((eb) => ({ last: eb('case_number_counters.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `${year}-${String(row.last).padStart(4, '0')}`;
}

const SHELL_PARTNER = {
  nl: 'Uw organisatie is schilpartner: zij schuift aan bij een casus die dat nodig maakt, maar meldt zelf geen casus aan.',
  en: 'Your organisation is a shell partner: it joins a case that needs it but does not register cases itself.',
};

export async function registerCase(deps: ServiceDeps, actor: SessionActor, input: RegisterCaseInput): Promise<RegisteredCase> {
  return withActor(deps, actor, async (trx) => {
    const now = deps.now();
    const entry = auditEntry(deps, actor, { action: 'case.register', purpose: 'screening', onBehalfOfPartnerId: actor.partnerId });
    const partners = await loadPartnerFacts(trx, actor.collaborationId);
    const decision = decideRegistration({ ...actor }, partners, now.getTime());
    if (!decision.allow) refuse(entry, { rule: decision.rule, reason: decision.reason, messages: reasonMessage(decision.reason) });

    const config = await deps.collaborationConfig(trx, actor.collaborationId);
    const issues: FieldIssue[] = [];
    const table = config.tables.find((t) => t.id === input.tableId);
    if (table === undefined) issues.push({ field: 'tableId', message: 'unknown table of this collaboration' });
    // The table's age range is judged on the subject the case is about, the first one (seed 000 Bijlage 2).
    const main = input.subjects[0];
    if (table?.ageRange !== undefined && main !== undefined && main.birthDate === undefined) {
      issues.push({ field: 'subjects.0.birthDate', message: 'verplicht aan deze overlegtafel: zij heeft een leeftijdsgrens' });
    }
    (input.tableCriteria ?? []).forEach((n, i) => {
      if (table !== undefined && (n < 0 || n >= table.criteria.length)) issues.push({ field: `tableCriteria.${i}`, message: 'geen criterium van deze overlegtafel' });
    });
    const area = workAreaIssue(config.process, config.workAreas, input.workArea);
    if (area !== null) issues.push(area);
    const partnerRow = await trx.selectFrom('partners').selectAll().where('id', '=', actor.partnerId).executeTakeFirstOrThrow();
    // A shell partner (seed 004: schilpartner) joins the cases that need it; it brings none itself.
    if (config.partners.some((p) => p.id === partnerRow.slug && p.shell === true)) refuse(entry, { rule: 'P1', reason: 'shell_partner_joins_only', messages: SHELL_PARTNER });
    const partner = partnerFromRow(partnerRow);
    input.subjects.forEach((s, i) => {
      if (s.bsn === undefined) return;
      const v = validateBsn(s.bsn);
      if (!v.ok) issues.push({ field: `subjects.${i}.bsn`, message: v.message.nl });
      else if (!partner.mayUseBsn) issues.push({ field: `subjects.${i}.bsn`, message: 'uw organisatie mag het BSN niet verwerken (P8)' });
    });
    issues.push(...minimalSetIssues(config.process.storeOnlyAfterPickup, input));
    // The structured fields the table asks, and only those (seed 002 Bijlage B §4); empty ones count as not filled in.
    const details = compactDetails(input.registration.details);
    if (table !== undefined) issues.push(...checkRegistrationDetails(table.registrationFields, details, now.getTime()));
    if (issues.length > 0) throw validationFailed(issues);

    if (table !== undefined && main?.birthDate !== undefined) enforceTable(entry, checkAgeRange(table.ageRange, main.birthDate, now.getTime()));

    const basis = checkLegalBasis(partner, input.registration.basis, [], now.getTime());
    if (!basis.ok) refuse(entry, { rule: basis.rule, reason: basis.reason, messages: processMessage(basis.reason) });
    // P9 by the partner's legal regimes (ADR 0086): only a partner under the Wpg registers police data.
    const police = checkPoliceData(partner.legalRegimes, input.registration.police === true);
    if (!police.ok) refuse(entry, { rule: police.rule, reason: police.reason, messages: processMessage(police.reason) });
    // What a partner under the Wpg alone registers is police data, ticked or not (ADR 0099).
    const policeData = isPoliceData(partner.legalRegimes, input.registration.police === true);
    // P9 (ADR 0190): no police data while the police chief has suspended or withdrawn the art. 20 decision.
    await enforceWpg20InForce(trx, entry, actor.partnerId, policeData, input.registration.basis?.kind);

    const number = await nextCaseNumber(trx, actor.collaborationId, now.getUTCFullYear());
    const caseRow = await trx
      .insertInto('cases')
      .values({
        collaboration_id: actor.collaborationId,
        number,
        table_id: input.tableId,
        phase: 'screening',
        registrant_partner_id: actor.partnerId,
        registrant_user_id: actor.userId,
        lead_partner_id: actor.partnerId,
        work_area: input.workArea ?? null,
        complex_criteria: JSON.stringify({ criteria: input.complexCriteria, lifeDomains: input.lifeDomains, tableCriteria: [...new Set(input.tableCriteria ?? [])].sort((a, b) => a - b) }),
        created_at: now,
        updated_at: now,
        phase_changed_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const caseId = caseRow.id;
    await trx.insertInto('involvement').values({ case_id: caseId, collaboration_id: actor.collaborationId, partner_id: actor.partnerId, user_id: actor.userId, designated_by: actor.userId, designated_at: now }).execute();
    const director = await pickProcessDirector(trx, actor.collaborationId, input.processDirectorId, table, config.workAreas.find((w) => w.id === input.workArea));
    await trx.insertInto('case_staff').values({ case_id: caseId, collaboration_id: actor.collaborationId, user_id: director, role: 'process_director', assigned_at: now }).onConflict((oc) => oc.doNothing()).execute();

    const key = await createCaseKey(trx, deps.keys, { caseId, collaborationId: actor.collaborationId });
    const subjectIds: string[] = [];
    for (const s of input.subjects) {
      const row = await trx
        .insertInto('subjects')
        .values({
          collaboration_id: actor.collaborationId,
          case_id: caseId,
          relation_enc: sealCaseText(key, CASE_TEXT_FIELDS.subjectRelation, s.relation ?? null),
          name_enc: encryptField(key, 'subject.name', s.name),
          birth_date_enc: s.birthDate === undefined ? null : encryptField(key, 'subject.birth_date', s.birthDate),
          address_enc: s.address === undefined ? null : encryptField(key, 'subject.address', s.address),
          bsn_enc: s.bsn === undefined ? null : encryptField(key, 'subject.bsn', s.bsn),
          bsn_hash: s.bsn === undefined ? null : bsnHash(deps.bsnKey, actor.collaborationId, s.bsn),
          name_birth_hash: nameBirthHashOf(deps, actor.collaborationId, s.name, s.birthDate),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      subjectIds.push(row.id);
    }
    const registration = await trx
      .insertInto('contributions')
      .values({
        case_id: caseId,
        collaboration_id: actor.collaborationId,
        by_partner_id: actor.partnerId,
        author_user_id: actor.userId,
        given_in: 'screening',
        category: 'registration',
        special: input.registration.special,
        // One subject: about that subject; a household: about the case as a whole.
        subject_ids: JSON.stringify(subjectIds.length === 1 ? subjectIds : []),
        police: policeData,
        purposes: JSON.stringify(input.registration.purposes),
        basis: JSON.stringify(input.registration.basis),
        // The details go with the text under the same key: read, released, withdrawn and erased with it.
        content_enc: encryptJson(key, 'contribution.content', { text: input.registration.content ?? '', ...(details === undefined ? {} : { details }) }),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.audit.append(trx, { ...entry, caseId, contributionId: registration.id, legalBasisKind: input.registration.basis.kind });
    return { id: caseId, number, subjectIds, registrationId: registration.id };
  });
}
