/**
 * Finding L1 (penetration test 2026-12-06), the case columns: a subject's relation, a consent's
 * scope, a take-along grant's plan action and a triage question's task, purpose and reason for
 * asking every partner, and the reason an incidental partner of the table is asked or invited (the
 * `table_reason` of triage questions and meeting invitations, migration 265) were stored in plaintext, so `pg_dump` showed them and crypto-shredding a
 * case left every copy readable. They are now sealed under the case key (ADR 0122). The test
 * writes markers through the API, reads every column of every table the way a dump does and
 * finds none; the API still shows the text (the asked organisation too, before it is designated);
 * rows an older version wrote in plaintext are sealed when the database is opened; the database
 * refuses new plaintext.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseKey } from '../../src/crypto/case-keys.js';
import { sealPlaintextCaseText } from '../../src/services/setup/seal-case-text.js';
import { systemContext } from '../../src/store/acting-context.js';
import { loadCaseState } from '../../src/store/repositories/case-state.repository.js';
import { ACCEPT, informSubjects, NL, preparation, registration, step } from '../api/phases.flow.js';
import type { Registered } from '../api/phases.flow.js';
import { dumpAllTables } from '../support/database-dump.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

async function dump(): Promise<string> {
  return dumpAllTables(s.deps.database.db);
}

interface Texts {
  readonly relation: string;
  readonly scope: string;
  readonly task: string;
  readonly purpose: string;
  readonly justification: string;
  readonly planAction: string;
  readonly questionTableReason: string;
  readonly invitationTableReason: string;
}

const texts = (tag: string): Texts => ({
  relation: `${tag}1 ouder van Jan`,
  scope: `${tag}2 toestemming Jan de Vries BSN 111222333`,
  task: `${tag}3 Jan de Vries begeleiden`,
  purpose: `${tag}4 schulden van Jan de Vries`,
  justification: `${tag}5 Jan de Vries nergens in beeld`,
  planAction: `${tag}6 Jan de Vries begeleiden naar schuldhulp`,
  questionTableReason: `${tag}7 Jan de Vries verslaafd, GGZ nodig`,
  invitationTableReason: `${tag}8 Jan de Vries bedreigde de buren`,
});

interface Written {
  readonly c: Registered;
  readonly consentId: string;
  readonly questionId: string;
  readonly grantId: string;
  readonly meetingId: string;
}

/** Registers a case, records a consent, asks a triage question, holds the RTO and grants taking along, all over HTTP. */
async function writeThroughApi(t: Texts): Promise<Written> {
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const registered = await s.request('POST', '/api/cases', rn, {
    ...registration,
    subjects: [{ ...registration.subjects[0], relation: t.relation }],
    processDirectorId: s.userId('procesregisseur@noord-limburg'),
  });
  expect(registered.statusCode, registered.body).toBe(201);
  const c = registered.json<Registered>();
  await informSubjects(s, c);
  const pd = await s.login('procesregisseur@noord-limburg');
  expect((await step(s, pd, c.id, ACCEPT)).statusCode).toBe(200);
  const vvg = s.partnerId(NL, 'vincent-van-gogh');
  const consent = await s.request('POST', `/api/cases/${c.id}/consents`, pd, { subjectId: c.subjectIds[0], partners: [vvg], scope: t.scope, givenAt: s.deps.now().toISOString() });
  expect(consent.statusCode, consent.body).toBe(201);
  const asked = await s.request('POST', `/api/cases/${c.id}/triage-questions`, pd, {
    partners: [vvg],
    onBehalfOf: s.partnerId(NL, 'reclassering-nederland'),
    task: t.task,
    purpose: t.purpose,
    whyNeeded: 'Zorgmijding',
    question: 'In zorg?',
    allPartnersJustification: t.justification,
    tableReason: t.questionTableReason,
  });
  expect(asked.statusCode, asked.body).toBe(201);
  const questionId = asked.json<{ asked: { questionId: string }[] }>().asked[0]?.questionId ?? '';
  const meeting = await s.request('POST', `/api/cases/${c.id}/meetings`, pd, preparation);
  expect(meeting.statusCode, meeting.body).toBe(201);
  const meetingId = meeting.json<{ id: string }>().id;
  const police = s.userId('politie-limburg@noord-limburg');
  expect((await s.request('POST', `/api/cases/${c.id}/meetings/${meetingId}/invitations`, pd, { userId: police, role: 'informant', tableReason: t.invitationTableReason })).statusCode).toBe(201);
  expect((await step(s, pd, c.id, { event: 'schedule_rto' })).statusCode).toBe(200);
  const granted = await s.request('POST', `/api/cases/${c.id}/contributions/${c.registrationId}/grants`, rn, { toUserId: police, planAction: t.planAction });
  expect(granted.statusCode, granted.body).toBe(201);
  return { c, consentId: consent.json<{ id: string }>().id, questionId, grantId: granted.json<{ id: string }>().id, meetingId };
}

/** What the API shows of the six texts, each to whoever reads it in the product. */
async function readThroughApi(w: Written): Promise<Texts> {
  const pd = await s.login('procesregisseur@noord-limburg');
  const view = (await s.request('GET', `/api/cases/${w.c.id}`, pd)).json<{ subjects: { relation: string | null }[] }>();
  const consents = (await s.request('GET', `/api/cases/${w.c.id}/consents`, pd)).json<{ id: string; scope: string }[]>();
  // The asked organisation, not yet designated in the case: its inbox and the question.
  const vv = await s.login('vincent-van-gogh@noord-limburg');
  const inbox = await s.request('GET', '/api/triage-inbox', vv);
  expect(inbox.statusCode, inbox.body).toBe(200);
  const item = inbox.json<{ questionId: string; task: string; purpose: string }[]>().find((q) => q.questionId === w.questionId);
  const question = await s.request('GET', `/api/cases/${w.c.id}/triage-questions/${w.questionId}`, vv);
  expect(question.statusCode, question.body).toBe(200);
  expect(question.json<{ task: string; purpose: string }>()).toMatchObject({ task: item?.task, purpose: item?.purpose });
  const meeting = await s.request('GET', `/api/cases/${w.c.id}/meetings/${w.meetingId}`, pd);
  expect(meeting.statusCode, meeting.body).toBe(200);
  const police = s.userId('politie-limburg@noord-limburg');
  const rn = await s.login('reclassering-nederland@noord-limburg');
  const control = (await s.request('GET', `/api/cases/${w.c.id}/contributions/${w.c.registrationId}/control`, rn)).json<{ grants: { id: string; planAction: string }[] }>();
  // The reason for asking every partner is not on any screen; the guards read it from the case state.
  const state = await s.deps.database.withTransaction(systemContext(), async (trx) =>
    loadCaseState(trx, w.c.id, await s.deps.collaborationConfig(trx, s.collaborationId(NL)), { key: await loadCaseKey(trx, s.deps.keys, w.c.id) }),
  );
  return {
    relation: view.subjects[0]?.relation ?? '',
    scope: consents.find((k) => k.id === w.consentId)?.scope ?? '',
    task: item?.task ?? '',
    purpose: item?.purpose ?? '',
    justification: state.triageQuestions.find((q) => q.id === w.questionId)?.allPartnersJustification ?? '',
    planAction: control.grants.find((g) => g.id === w.grantId)?.planAction ?? '',
    questionTableReason: question.json<{ tableReason: string | null }>().tableReason ?? '',
    invitationTableReason: meeting.json<{ invitations: { userId: string; tableReason: string | null }[] }>().invitations.find((i) => i.userId === police)?.tableReason ?? '',
  };
}

/** The constraints of migrations 255 and 265 that keep the plaintext columns empty. */
const SEALED_CHECKS = [
  ['subjects', 'subjects_relation_sealed', 'relation IS NULL'],
  ['consents', 'consents_scope_sealed', 'scope IS NULL'],
  ['take_along_grants', 'take_along_grants_plan_action_sealed', 'plan_action IS NULL'],
  ['triage_questions', 'triage_questions_text_sealed', 'task IS NULL AND purpose IS NULL AND all_partners_justification IS NULL'],
  ['triage_questions', 'triage_questions_table_reason_sealed', 'table_reason IS NULL'],
  ['meeting_invitations', 'meeting_invitations_table_reason_sealed', 'table_reason IS NULL'],
] as const;

describe('L1 free text of a case is sealed under the case key', () => {
  it('L1 the reproduction: markers in relation, consent scope, triage task, purpose, justification and table reason, a plan action and an invitation\'s table reason are in no table, and the API shows them', async () => {
    const t = texts('MARKC');
    const w = await writeThroughApi(t);
    const text = await dump();
    expect(text.match(/MARKC[0-9][^\n]*/g) ?? []).toEqual([]);
    expect(await readThroughApi(w)).toEqual(t);
  });

  it('L1 rows an older version wrote in plaintext are sealed when the database is opened, and still read the same; new plaintext is refused', async () => {
    const w = await writeThroughApi(texts('NEWC'));
    const old = texts('OLDC');
    const db = s.deps.database.db;
    // The state of an older installation right after migration 255: plaintext in the rows, the
    // sealed columns empty, and the checks added NOT VALID (they hold for new rows only).
    for (const [table, name] of SEALED_CHECKS) await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(name)}`.execute(db);
    await db.updateTable('subjects').set({ relation: old.relation, relation_enc: null }).where('case_id', '=', w.c.id).execute();
    await db.updateTable('consents').set({ scope: old.scope, scope_enc: null }).where('id', '=', w.consentId).execute();
    await db.updateTable('take_along_grants').set({ plan_action: old.planAction, plan_action_enc: null }).where('id', '=', w.grantId).execute();
    await db
      .updateTable('triage_questions')
      .set({ task: old.task, task_enc: null, purpose: old.purpose, purpose_enc: null, all_partners_justification: old.justification, all_partners_justification_enc: null, table_reason: old.questionTableReason, table_reason_enc: null })
      .where('id', '=', w.questionId)
      .execute();
    await db.updateTable('meeting_invitations').set({ table_reason: old.invitationTableReason, table_reason_enc: null }).where('meeting_id', '=', w.meetingId).where('table_reason_enc', 'is not', null).execute();
    for (const [table, name, check] of SEALED_CHECKS) await sql`alter table ${sql.table(table)} add constraint ${sql.ref(name)} check (${sql.raw(check)}) not valid`.execute(db);
    expect((await dump()).match(/OLDC[0-9][^\n]*/g)?.length).toBe(8);

    // The API reads the plaintext of a row not yet sealed.
    expect(await readThroughApi(w)).toEqual(old);
    // Any write of new plaintext is refused by the database.
    await expect(db.updateTable('consents').set({ scope: 'NIEUW plaintext' }).where('id', '=', w.consentId).execute()).rejects.toThrow(/consents_scope_sealed/);
    await expect(db.updateTable('triage_questions').set({ table_reason: 'NIEUW plaintext' }).where('id', '=', w.questionId).execute()).rejects.toThrow(/triage_questions_table_reason_sealed/);
    await expect(db.updateTable('meeting_invitations').set({ table_reason: 'NIEUW plaintext' }).where('meeting_id', '=', w.meetingId).execute()).rejects.toThrow(/meeting_invitations_table_reason_sealed/);

    expect(await sealPlaintextCaseText(s.deps.database, s.deps.keys)).toEqual({ subjects: 1, consents: 1, takeAlongGrants: 1, triageQuestions: 1, meetingInvitations: 1, closingNotes: 0, withoutKey: 0 });
    expect((await dump()).match(/OLDC[0-9][^\n]*/g) ?? []).toEqual([]);
    expect(await sealPlaintextCaseText(s.deps.database, s.deps.keys)).toEqual({ subjects: 0, consents: 0, takeAlongGrants: 0, triageQuestions: 0, meetingInvitations: 0, closingNotes: 0, withoutKey: 0 });
    expect(await readThroughApi(w)).toEqual(old);
    // Now sealed, every row passes the checks: a later migration can validate them and drop the columns.
    for (const [table, name] of SEALED_CHECKS) await sql`alter table ${sql.table(table)} validate constraint ${sql.ref(name)}`.execute(db);
  });
});
