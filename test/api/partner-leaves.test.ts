/**
 * A partner's covenant properties in the configuration change what its people may do (issue 11
 * item 5). These properties are taken over into the partners of a collaboration when it is
 * installed, so each test installs a copy of the shipped Noord-Limburg configuration with one
 * partner field changed (what `casustafel config install` runs), and shows through the API that the
 * copy behaves differently from the shipped collaboration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOORD_LIMBURG } from '../../src/collaborations/noord-limburg.js';
import type { Role } from '../../src/domain/model.js';
import { createUser } from '../../src/services/setup/create-user.js';
import { systemContext } from '../../src/store/acting-context.js';
import { configField, installChangedCopy } from '../support/config-field.js';
import type { ConfigField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';
import { registration } from './phases.flow.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const PASSWORD = 'een-lang-wachtwoord-voor-de-kopie';
const DAY = 86_400_000;
let copies = 0;

interface Copy {
  /** Signs in as a user of the copy with this role at this partner (created on first use). */
  as(partner: string, role: Role): Promise<string>;
  readonly partnerIds: Readonly<Record<string, string>>;
}

/** Installs Noord-Limburg with the given fields changed, under a slug of its own. */
async function installCopy(changes: readonly (readonly [ConfigField, unknown])[]): Promise<Copy> {
  copies += 1;
  const slug = `zvh-noord-limburg-kopie-${copies}`;
  const installed = await installChangedCopy(s, NOORD_LIMBURG, { id: slug, adminPartner: 'gemeente-horst-aan-de-maas', password: PASSWORD }, changes);
  const users = new Map<string, string>([[`gemeente-horst-aan-de-maas:admin`, `beheerder@${slug}`]]);
  return {
    partnerIds: installed.partners,
    async as(partner, role) {
      const key = `${partner}:${role}`;
      let username = users.get(key);
      if (username === undefined) {
        username = `${role}-${partner}@${slug}`;
        const name = username;
        await s.deps.database.withTransaction(systemContext(), (trx) =>
          createUser(trx, { collaborationId: installed.id, partnerId: installed.partners[partner] ?? '', username: name, displayName: name, role, password: { plain: PASSWORD }, confidentialityDeclaredAt: s.deps.now(), vogCheckedAt: s.deps.now() }),
        );
        users.set(key, username);
      }
      return s.login(username, PASSWORD);
    },
  };
}

/** Registers the flows' Noord-Limburg case in a copy as a probation officer; the house needs a process director first. */
async function registerIn(copy: Copy, partner = 'reclassering-nederland', body: object = registration) {
  await copy.as('gemeente-horst-aan-de-maas', 'process_director');
  return s.request('POST', '/api/cases', await copy.as(partner, 'professional'), body);
}

/** The fields an installation of the changed copy is refused on (it must be refused). */
async function refusedFields(changes: readonly (readonly [ConfigField, unknown])[]): Promise<string[]> {
  const refused = await installCopy(changes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(refused, 'the changed configuration must be refused').toMatchObject({ code: 'validation_failed' });
  return ((refused as { fields?: readonly { field: string }[] }).fields ?? []).map((f) => f.field);
}

/** The path of a partner's catalogue entry in the shipped Noord-Limburg configuration, as an installation error names it. */
function catalogueKind(partner: string, kind: string): string {
  const i = NOORD_LIMBURG.partners.findIndex((p) => p.id === partner);
  const j = NOORD_LIMBURG.partners[i]?.legalBasisCatalogue.findIndex((e) => e.kind === kind) ?? -1;
  return `config.partners.${i}.legalBasisCatalogue.${j}.kind`;
}

interface ErrorBody {
  readonly error: { readonly code: string; readonly rule?: string; readonly reason?: string; readonly fields?: readonly { readonly field: string }[] };
}

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe('a partner’s properties in the configuration, at installation', () => {
  it('§6 the shipped copy registers: the baseline the changed fields are compared with', async () => {
    const res = await registerIn(await installCopy([]));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('P8 partners[].mayUseBsn: with the field off, probation may not register a BSN, and the refusal names the field', async () => {
    const copy = await installCopy([[configField('partners[reclassering-nederland].mayUseBsn'), false]]);
    const res = await registerIn(copy);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<ErrorBody>().error.fields?.map((f) => f.field)).toContain('subjects.0.bsn');
    // Without the BSN the same registration is accepted.
    const [subject] = registration.subjects;
    const withoutBsn = { ...registration, subjects: [{ name: subject?.name, birthDate: subject?.birthDate, address: subject?.address }] };
    expect((await registerIn(copy, 'reclassering-nederland', withoutBsn)).statusCode).toBe(201);
  });

  it('P1 partners[].member: a partner that did not sign the covenant registers no case', async () => {
    const copy = await installCopy([[configField('partners[reclassering-nederland].member'), false]]);
    const res = await registerIn(copy);
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json<ErrorBody>().error.rule).toBe('P1');
  });

  it('P1 partners[].membership.joinedAt: a partner whose membership starts next month registers no case yet', async () => {
    const copy = await installCopy([
      [configField('partners[reclassering-nederland].membership.joinedAt'), iso(s.deps.now().getTime() + 30 * DAY)],
      [configField('partners[reclassering-nederland].membership.noticeGivenAt'), null],
      [configField('partners[reclassering-nederland].membership.endsAt'), null],
    ]);
    const res = await registerIn(copy);
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json<ErrorBody>().error.rule).toBe('P1');
  });

  it('P1 partners[].membership.endsAt: a partner whose membership ended registers no case', async () => {
    const now = s.deps.now().getTime();
    const copy = await installCopy([
      [configField('partners[reclassering-nederland].membership.joinedAt'), '2015-01-01'],
      [configField('partners[reclassering-nederland].membership.noticeGivenAt'), iso(now - 1000 * DAY)],
      [configField('partners[reclassering-nederland].membership.endsAt'), iso(now - 10 * DAY)],
    ]);
    const res = await registerIn(copy);
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json<ErrorBody>().error.rule).toBe('P1');
  });

  it('P1 partners[].membership.noticeGivenAt: a partner that already gave notice cannot give it again, and no new end date is offered', async () => {
    const now = s.deps.now().getTime();
    const shipped = await installCopy([]);
    const copy = await installCopy([
      [configField('partners[reclassering-nederland].membership.joinedAt'), '2015-01-01'],
      [configField('partners[reclassering-nederland].membership.noticeGivenAt'), iso(now - 30 * DAY)],
      [configField('partners[reclassering-nederland].membership.endsAt'), iso(now + 800 * DAY)],
    ]);
    const partners = async (c: Copy) =>
      (await s.request('GET', '/api/partners', await c.as('gemeente-horst-aan-de-maas', 'admin'))).json<{ slug: string; noticeGivenAt: string | null; noticeWouldEndAt: string | null }[]>().find((p) => p.slug === 'reclassering-nederland');
    expect((await partners(shipped))?.noticeWouldEndAt).not.toBeNull();
    expect((await partners(copy))?.noticeGivenAt).not.toBeNull();
    expect((await partners(copy))?.noticeWouldEndAt).toBeNull();
    const notice = async (c: Copy) => s.request('POST', `/api/partners/${c.partnerIds['reclassering-nederland'] ?? ''}/notice`, await c.as('gemeente-horst-aan-de-maas', 'admin'), {});
    expect((await notice(copy)).statusCode).toBe(409);
    expect((await notice(copy)).json<ErrorBody>().error.reason).toBe('notice_already_given');
    expect((await notice(shipped)).statusCode).toBe(200);
  });

  it('P5 partners[].legalBasisCatalogue[].law: a public task under a law the catalogue does not name is refused', async () => {
    const copy = await installCopy([[configField('partners[reclassering-nederland].legalBasisCatalogue[public_task].law'), 'Wet op het financieel toezicht']]);
    const res = await registerIn(copy);
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(res.json<ErrorBody>().error)).toContain('basis_not_in_catalogue');
    const underCatalogueLaw = { ...registration, registration: { ...registration.registration, basis: { kind: 'public_task', law: 'Wet op het financieel toezicht' } } };
    expect((await registerIn(copy, 'reclassering-nederland', underCatalogueLaw)).statusCode).toBe(201);
  });

  it('P5 partners[].legalBasisCatalogue[].kind: when the catalogue entry is a legal obligation, a public task basis is refused and the obligation is accepted', async () => {
    const copy = await installCopy([[configField('partners[reclassering-nederland].legalBasisCatalogue[public_task].kind'), 'legal_obligation']]);
    const res = await registerIn(copy);
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(res.json<ErrorBody>().error)).toContain('basis_not_in_catalogue');
    const obligation = { ...registration, registration: { ...registration.registration, basis: { kind: 'legal_obligation', law: registration.registration.basis.law } } };
    expect((await registerIn(copy, 'reclassering-nederland', obligation)).statusCode).toBe(201);
  });

  it('P5 partners[].publicAuthority: legitimate interest is a basis for the housing corporation; a configuration making it a public authority is refused at installation, naming that catalogue entry', async () => {
    const law = 'AVG art. 6 lid 1 onder f jo. Woningwet art. 45 lid 2 onder f en BTIV 2015 art. 51';
    const [subject] = registration.subjects;
    const body = {
      ...registration,
      subjects: [{ name: subject?.name, birthDate: subject?.birthDate, address: subject?.address }],
      registration: { content: 'Overlast in en rond de woning; huurachterstand.', basis: { kind: 'legitimate_interest', law, motivation: 'Belang van de buren bij rust; de huurder houdt zijn woning als de hulp op gang komt.' } },
    };
    const registered = await registerIn(await installCopy([]), 'woonwenz', body);
    expect(registered.statusCode, registered.body).toBe(201);
    expect(await refusedFields([[configField('partners[woonwenz].publicAuthority'), true]])).toEqual([catalogueKind('woonwenz', 'legitimate_interest')]);
  });

  it('P7 partners[].professionalSecrecy: a partner bound by professional secrecy cannot rest on legitimate interest, so that configuration is refused at installation', async () => {
    expect(await refusedFields([[configField('partners[woonwenz].professionalSecrecy'), true]])).toEqual([catalogueKind('woonwenz', 'legitimate_interest')]);
  });

  it('P9 partners[].type: only the police provide under art. 20 Wpg; the police catalogue under another type is refused at installation', async () => {
    expect(await refusedFields([[configField('partners[politie-limburg].type'), 'gemeente']])).toEqual([catalogueKind('politie-limburg', 'wpg20')]);
  });

  it('P8 partners[].maySeeSpecial: a housing corporation never sees special categories; a configuration allowing it is refused at installation, naming the field', async () => {
    const i = NOORD_LIMBURG.partners.findIndex((p) => p.id === 'woonwenz');
    expect(await refusedFields([[configField('partners[woonwenz].maySeeSpecial'), true]])).toEqual([`config.partners.${i}.maySeeSpecial`]);
  });

  it('P9 partners[].legalRegimes: only a partner under the Wpg provides police data; probation (AVG, Wjsg) is refused, and under the Wpg too its registration is stored as police data', async () => {
    const policeRegistration = { ...registration, registration: { ...registration.registration, police: true } };
    const baseline = await registerIn(await installCopy([]), 'reclassering-nederland', policeRegistration);
    expect(baseline.statusCode, baseline.body).toBe(403);
    expect(baseline.json<ErrorBody>().error).toMatchObject({ rule: 'P9', reason: 'police_data_outside_wpg' });

    const copy = await installCopy([[configField('partners[reclassering-nederland].legalRegimes'), ['AVG', 'Wjsg', 'Wpg']]]);
    const res = await registerIn(copy, 'reclassering-nederland', policeRegistration);
    expect(res.statusCode, res.body).toBe(201);
    const view = await s.request('GET', `/api/cases/${res.json<{ id: string }>().id}`, await copy.as('reclassering-nederland', 'professional'));
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json<{ contributions: { police: boolean }[] }>().contributions.map((c) => c.police)).toEqual([true]);
  });

  it('002-A24 P9 partners[].legalRegimes: what a partner under the Wpg alone registers is police data without the tick; with a second law beside the Wpg it is as ticked', async () => {
    const unticked = { ...registration, registration: { ...registration.registration, basis: { kind: 'public_task', law: 'Politiewet 2012 art. 3' } } };
    const policeOf = async (copy: Copy): Promise<boolean[]> => {
      const res = await registerIn(copy, 'politie-limburg', unticked);
      expect(res.statusCode, res.body).toBe(201);
      const view = await s.request('GET', `/api/cases/${res.json<{ id: string }>().id}`, await copy.as('politie-limburg', 'professional'));
      expect(view.statusCode, view.body).toBe(200);
      return view.json<{ contributions: { police: boolean }[] }>().contributions.map((c) => c.police);
    };
    expect(await policeOf(await installCopy([]))).toEqual([true]);
    expect(await policeOf(await installCopy([[configField('partners[politie-limburg].legalRegimes'), ['Wpg', 'AVG']]]))).toEqual([false]);
  });

  it('002-A24 P9 partners[].legalRegimes: who reads the Wpg art. 32 provision log follows the regime, not the type; probation under the Wpg reads its own provisions', async () => {
    const baseline = await installCopy([]);
    const refused = await s.request('GET', '/api/provisions', await baseline.as('reclassering-nederland', 'professional'));
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json<ErrorBody>().error).toMatchObject({ rule: 'P9', reason: 'provision_log_not_allowed' });
    const copy = await installCopy([[configField('partners[reclassering-nederland].legalRegimes'), ['AVG', 'Wjsg', 'Wpg']]]);
    const read = await s.request('GET', '/api/provisions', await copy.as('reclassering-nederland', 'professional'));
    expect(read.statusCode, read.body).toBe(200);
  });

  it('P9 partners[].legalRegimes: the police without the Wpg among their regimes cannot keep the art. 20 Wpg basis; that configuration is refused at installation, naming the regimes', async () => {
    const i = NOORD_LIMBURG.partners.findIndex((p) => p.id === 'politie-limburg');
    expect(await refusedFields([[configField('partners[politie-limburg].legalRegimes'), ['AVG']]])).toEqual([`config.partners.${i}.legalRegimes`]);
  });
});
