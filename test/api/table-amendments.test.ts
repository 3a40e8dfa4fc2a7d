/**
 * 000-R50: the covenant, Bijlage 2 (the tables) included, changes only with the written consent of
 * all partners, and the changes are traceable (seed 000 art. 16.2; ADR 0205). Walked over HTTP on
 * the shipped Maastricht configuration: the demo admin proposes, a manager of every partner consents
 * (the demo has one manager, of the gemeente Maastricht; the others' managers are added here), the
 * admin adopts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, createUser } from '../../src/services/setup/create-user.js';
import { systemContext } from '../../src/store/acting-context.js';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
const M = 'veiligheidshuis-maastricht-heuvelland';
const PASSWORD = 'een-lang-wachtwoord';
/** Partner id → a signed-in manager of that partner. */
const managers = new Map<string, string>();
let partnerNames = new Map<string, string>();

beforeAll(async () => {
  s = await startTestServer();
  const collaborationId = s.collaborationId(M);
  const partners = await s.deps.database.db.selectFrom('partners').select(['id', 'slug', 'name', 'member']).where('collaboration_id', '=', collaborationId).execute();
  partnerNames = new Map(partners.map((p) => [p.id, p.name]));
  const hash = await hashPassword(PASSWORD);
  const gemeente = s.partnerId(M, 'gemeente-maastricht');
  for (const p of partners.filter((x) => x.member && x.id !== gemeente)) {
    await s.deps.database.withTransaction(systemContext(), (trx) =>
      createUser(trx, { collaborationId, partnerId: p.id, username: `manager-${p.slug}@maastricht`, displayName: `Directeur ${p.name}`, role: 'manager', password: { hash }, confidentialityDeclaredAt: null, vogCheckedAt: null }),
    );
  }
  managers.set(gemeente, await s.login('manager@maastricht'));
  for (const p of partners.filter((x) => x.member && x.id !== gemeente)) managers.set(p.id, await s.login(`manager-${p.slug}@maastricht`, PASSWORD));
});
afterAll(async () => {
  await s.close();
});

type FieldChange = { field: string; before: unknown; after: unknown };
type Amendment = {
  id: string;
  tableId: string;
  status: string;
  source: string | null;
  diff: FieldChange[];
  consents: { partnerId: string; signatoryName: string; signatoryFunction: string; approved: boolean; at: string }[];
  missing: { partnerId: string; name: string }[];
};
type Proposal = { inForce: boolean; created: boolean; amendment: Amendment };
type ErrorBody = { error: { code: string; rule?: string; reason?: string; message: string } };
type Table = { id: string; purpose: string; frequency: { description: string } } & Record<string, unknown>;

const tablesOf = async (cookie: string): Promise<Table[]> => (await s.request('GET', '/api/collaboration', cookie)).json<{ config: { tables: Table[] } }>().config.tables;
const consent = (id: string, cookie: string, approved = true) => s.request('POST', `/api/collaboration/table-amendments/${id}/consents`, cookie, { approved, signatoryFunction: 'Algemeen directeur' });
const adopt = (id: string, admin: string) => s.request('POST', `/api/collaboration/table-amendments/${id}/adopt`, admin);

describe('000-R50 a change of the tables needs the written consent of all partners (seed 000 art. 16.2)', () => {
  it('000-R50 the admin changes a Maastricht table: a proposal with its diff field by field, not in force while one partner has not consented; in force once all managers consented and the admin adopted it; the history shows diff and signatories', async () => {
    const admin = await s.login('beheerder@maastricht');
    const before = (await tablesOf(admin)).find((t) => t.id === 'nazorg-ex-gedetineerden');
    if (before === undefined) throw new Error('no Nazorg table');
    const changed = { ...before, purpose: 'Nazorg aan ex-gedetineerden, ook na een kort verblijf.', frequency: { ...before.frequency, description: 'Tweewekelijks' } };
    delete (changed as Record<string, unknown>).id;

    const proposed = await s.request('PUT', '/api/collaboration/tables/nazorg-ex-gedetineerden', admin, changed);
    expect(proposed.statusCode, proposed.body).toBe(202);
    const { amendment, inForce } = proposed.json<Proposal>();
    expect(inForce).toBe(false);
    expect(amendment.status).toBe('pending');
    expect(amendment.diff).toEqual([
      { field: 'frequency.description', before: before.frequency.description, after: 'Tweewekelijks' },
      { field: 'purpose', before: before.purpose, after: changed.purpose },
    ]);
    expect(amendment.missing).toHaveLength(managers.size);
    expect((await tablesOf(admin)).find((t) => t.id === 'nazorg-ex-gedetineerden')?.purpose).toBe(before.purpose);

    // A professional does not sign for its organisation; a second proposal for the table waits.
    const professional = await consent(amendment.id, await s.login('politie-limburg@maastricht'));
    expect(professional.statusCode).toBe(403);
    expect(professional.json<ErrorBody>().error).toMatchObject({ rule: 'art. 16.2', reason: 'amendment_consent_not_manager' });
    expect((await s.request('PUT', '/api/collaboration/tables/nazorg-ex-gedetineerden', admin, changed)).statusCode).toBe(409);

    // The gemeente Maastricht's demo manager consents first; another partner's manager last.
    const others = [...managers.keys()];
    const last = others.pop();
    if (last === undefined) throw new Error('no managers');
    for (const partnerId of others) {
      const res = await consent(amendment.id, managers.get(partnerId) ?? '');
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await consent(amendment.id, managers.get(others[0] ?? '') ?? '')).statusCode).toBe(409);

    // Refused while one partner's consent is missing: the message names it; the table is unchanged.
    const early = await adopt(amendment.id, admin);
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorBody>().error).toMatchObject({ rule: 'art. 16.2', reason: 'amendment_consent_missing' });
    expect(early.json<ErrorBody>().error.message).toContain(partnerNames.get(last));
    expect((await tablesOf(admin)).find((t) => t.id === 'nazorg-ex-gedetineerden')?.purpose).toBe(before.purpose);

    expect((await consent(amendment.id, managers.get(last) ?? '')).statusCode).toBe(200);
    const adopted = await adopt(amendment.id, admin);
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json<Amendment>()).toMatchObject({ status: 'adopted', missing: [] });
    const after = (await tablesOf(admin)).find((t) => t.id === 'nazorg-ex-gedetineerden');
    expect(after).toMatchObject({ purpose: changed.purpose, frequency: { description: 'Tweewekelijks' } });

    // The history, read by a partner's manager: the diff and every partner's signatory, function and date.
    const history = await s.request('GET', '/api/collaboration/table-amendments', managers.get(last) ?? '');
    expect(history.statusCode, history.body).toBe(200);
    const record = history.json<Amendment[]>().find((a) => a.id === amendment.id);
    expect(record?.diff).toEqual(amendment.diff);
    expect(record?.consents.map((c) => c.partnerId).sort()).toEqual([...managers.keys()].sort());
    expect(record?.consents.find((c) => c.partnerId === last)).toMatchObject({ signatoryName: `Directeur ${partnerNames.get(last) ?? ''}`, signatoryFunction: 'Algemeen directeur', approved: true });
    expect((await s.request('GET', '/api/collaboration/table-amendments', await s.login('procesregisseur@maastricht'))).statusCode).toBe(403);

    const audit = await s.deps.database.db.selectFrom('audit_log').select(['action', 'outcome']).where('collaboration_id', '=', s.collaborationId(M)).where('action', 'like', 'collaboration.%').execute();
    const count = (action: string, outcome = 'allow') => audit.filter((a) => a.action === action && a.outcome === outcome).length;
    expect(count('collaboration.table.propose')).toBeGreaterThanOrEqual(1);
    expect(count('collaboration.amendment.consent')).toBe(managers.size);
    expect(count('collaboration.amendment.consent', 'deny')).toBeGreaterThanOrEqual(1);
    expect(count('collaboration.table.update')).toBe(1);
  });

  it('000-R50 one partner refusing ends the proposal: it can never be adopted and the table stays as it was', async () => {
    const admin = await s.login('beheerder@maastricht');
    const before = (await tablesOf(admin)).find((t) => t.id === 'oov-eijsden-margraten');
    if (before === undefined) throw new Error('no OOV table');
    const { id: _id, ...rest } = before;
    const proposed = await s.request('PUT', '/api/collaboration/tables/oov-eijsden-margraten', admin, { ...rest, purpose: 'Alleen nog groepsproblematiek.' });
    expect(proposed.statusCode, proposed.body).toBe(202);
    const { amendment } = proposed.json<Proposal>();
    const refused = await consent(amendment.id, managers.get(s.partnerId(M, 'politie-limburg')) ?? '', false);
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json<Amendment>()).toMatchObject({ status: 'rejected', missing: [] });
    expect((await consent(amendment.id, managers.get(s.partnerId(M, 'gemeente-maastricht')) ?? '')).statusCode).toBe(409);
    expect((await adopt(amendment.id, admin)).statusCode).toBe(409);
    expect((await tablesOf(admin)).find((t) => t.id === 'oov-eijsden-margraten')?.purpose).toBe(before.purpose);
  });

  it('000-R49 000-R50 a new overlegvorm is proposed at once (Bijlage 2 "Algemeen") and cases are registered there from its adoption by all partners on', async () => {
    const admin = await s.login('beheerder@maastricht');
    const gem = await s.login('gemeente-maastricht@maastricht');
    const nazorg = (await tablesOf(admin)).find((t) => t.id === 'nazorg-ex-gedetineerden');
    if (nazorg === undefined) throw new Error('no Nazorg table');
    const table = {
      name: 'Overleg woonoverlast',
      purpose: 'Gezamenlijke aanpak van ernstige woonoverlast.',
      frequency: { description: 'Maandelijks', meetingsPerYear: { min: 10, max: 12 } },
      criteria: ['Ernstige woonoverlast'],
      followUpQuestions: [],
      preconditions: [],
      structuralPartners: ['gemeente-maastricht'],
      incidentalPartners: [],
      anyMemberMayJoin: true,
      individualsDiscussed: 'full',
      allowedDataSet: nazorg.allowedDataSet,
      sharedInformation: [],
    };
    const body = {
      tableId: 'overleg-woonoverlast',
      subjects: [{ name: 'Wim Houben', birthDate: '1970-02-03' }],
      registration: { content: 'Ernstige woonoverlast.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
      processDirectorId: s.userId('procesregisseur@maastricht'),
    };
    const proposed = await s.request('PUT', '/api/collaboration/tables/overleg-woonoverlast', admin, table);
    expect(proposed.statusCode, proposed.body).toBe(202);
    const { amendment, created } = proposed.json<Proposal>();
    expect(created).toBe(true);
    expect(amendment.diff.find((d) => d.field === 'name')).toEqual({ field: 'name', before: null, after: 'Overleg woonoverlast' });
    expect((await s.request('POST', '/api/cases', gem, body)).statusCode).toBe(400);
    for (const cookie of managers.values()) expect((await consent(amendment.id, cookie)).statusCode).toBe(200);
    expect((await adopt(amendment.id, admin)).statusCode).toBe(200);
    const registered = await s.request('POST', '/api/cases', gem, body);
    expect(registered.statusCode, registered.body).toBe(201);
  });

  it('000-R50 amendmentApproval.rule "admin" in a copy of the Maastricht configuration: the admin\'s change is in force at once, and still kept with its diff; amendmentApproval.source is what the amendment cites', async () => {
    const admin = await s.login('beheerder@maastricht');
    const source = 'Convenant 2027 art. 16.2: instemming van alle partners, per brief';
    await withChangedField(s, M, configField('amendmentApproval.source'), source, async () => {
      const before = (await tablesOf(admin)).find((t) => t.id === 'jco-huiselijk-geweld');
      if (before === undefined) throw new Error('no JCO table');
      const { id: _id, ...rest } = before;
      const proposed = await s.request('PUT', '/api/collaboration/tables/jco-huiselijk-geweld', admin, { ...rest, purpose: 'Een ander doel.' });
      expect(proposed.statusCode, proposed.body).toBe(202);
      expect(proposed.json<Proposal>().amendment.source).toBe(source);
    });
    await withChangedField(s, M, configField('amendmentApproval.rule'), 'admin', async () => {
      const before = (await tablesOf(admin)).find((t) => t.id === 'pjo-eijsden-margraten');
      if (before === undefined) throw new Error('no PJO table');
      const { id: _id, ...rest } = before;
      const res = await s.request('PUT', '/api/collaboration/tables/pjo-eijsden-margraten', admin, { ...rest, purpose: 'Routering van groepen en personen.' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<Proposal>()).toMatchObject({ inForce: true, amendment: { status: 'adopted', diff: [{ field: 'purpose', before: before.purpose, after: 'Routering van groepen en personen.' }] } });
      expect((await tablesOf(admin)).find((t) => t.id === 'pjo-eijsden-margraten')?.purpose).toBe('Routering van groepen en personen.');
    });
  });
});
