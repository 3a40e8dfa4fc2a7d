/**
 * The register of confidentiality declarations and VOG checks (issue 16 item 8; §4, seed 002
 * Bijlage A art. 13.3, seed 004 Bijlage 2) follows the collaboration's `declarations`
 * configuration. Each test installs copies of the shipped Venlo configuration (what `casustafel
 * config install` runs): the shipped one as the baseline and one with a `declarations` field
 * changed, and shows through the API that the same user is treated differently: told on
 * `/api/auth/me`, refused case content, listed as due in the admin's register.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VENLO } from '../../src/collaborations/venlo.js';
import type { Role } from '../../src/domain/model.js';
import { createUser } from '../../src/services/setup/create-user.js';
import { systemContext } from '../../src/store/acting-context.js';
import { configField, installChangedCopy } from '../support/config-field.js';
import { pdfText } from '../support/pdf-text.js';
import type { ConfigField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

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

interface Recorded {
  readonly declaredDaysAgo: number | null;
  readonly vogDaysAgo: number | null;
}

interface Copy {
  readonly slug: string;
  /** Creates a professional of Gemeente Venlo with these records and signs it in. */
  user(name: string, recorded: Recorded, role?: Role): Promise<{ cookie: string; id: string }>;
  admin(): Promise<string>;
}

/** Installs Venlo with the given fields changed, under a slug of its own. */
async function installCopy(changes: readonly (readonly [ConfigField, unknown])[] = []): Promise<Copy> {
  copies += 1;
  const slug = `zorgnetwerk-venlo-kopie-${copies}`;
  const installed = await installChangedCopy(s, VENLO, { id: slug, adminPartner: 'gemeente-venlo', password: PASSWORD }, changes);
  const ago = (days: number | null): Date | null => (days === null ? null : new Date(s.deps.now().getTime() - days * DAY));
  return {
    slug,
    async user(name, recorded, role = 'professional') {
      const username = `${name}@${slug}`;
      const id = await s.deps.database.withTransaction(systemContext(), (trx) =>
        createUser(trx, {
          collaborationId: installed.id,
          partnerId: installed.partners['gemeente-venlo'] ?? '',
          username,
          displayName: name,
          role,
          password: { plain: PASSWORD },
          confidentialityDeclaredAt: ago(recorded.declaredDaysAgo),
          vogCheckedAt: ago(recorded.vogDaysAgo),
        }),
      );
      return { cookie: await s.login(username, PASSWORD), id };
    },
    admin: () => s.login(`beheerder@${slug}`, PASSWORD),
  };
}

interface Me {
  personalDataBlock: string | null;
  declarations: { kind: string; state: string; recordedAt: string | null; expiresAt: string | null }[];
}
interface Register {
  policy: { vogValidMonths: number | null; reminderDaysBefore: number };
  due: { username: string; kind: string; state: string; expiresAt: string | null; refusesPersonalData: boolean }[];
}

async function me(cookie: string): Promise<Me> {
  const res = await s.request('GET', '/api/auth/me', cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Me>();
}
const stateOf = (m: Me, kind: string): string | undefined => m.declarations.find((d) => d.kind === kind)?.state;
const casesStatus = async (cookie: string): Promise<{ status: number; reason: unknown }> => {
  const res = await s.request('GET', '/api/cases', cookie);
  return { status: res.statusCode, reason: res.statusCode === 200 ? null : res.json<{ error: { reason?: string } }>().error.reason };
};
async function register(cookie: string): Promise<Register> {
  const res = await s.request('GET', '/api/users/declarations', cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Register>();
}

describe('declarations.*: the register of confidentiality declarations and VOG checks is the configuration', () => {
  it('§4 declarations.vog.validMonths: a VOG check older than the period refuses case content until the admin records a new one', async () => {
    const baseline = await installCopy();
    const yearly = await installCopy([[configField('declarations.vog.validMonths'), 12]]);
    const old = { declaredDaysAgo: 10, vogDaysAgo: 400 };
    const before = await baseline.user('jansen', old);
    expect(await casesStatus(before.cookie)).toEqual({ status: 200, reason: null });
    expect(stateOf(await me(before.cookie), 'vog')).toBe('valid');

    const after = await yearly.user('jansen', old);
    expect(await casesStatus(after.cookie)).toEqual({ status: 403, reason: 'vog_check_expired' });
    const told = await me(after.cookie);
    expect(told.personalDataBlock).toBe('vog_check_expired');
    expect(stateOf(told, 'vog')).toBe('expired');
    expect((await register(await yearly.admin())).due).toContainEqual(expect.objectContaining({ username: `jansen@${yearly.slug}`, kind: 'vog', state: 'expired', refusesPersonalData: true }));
    expect((await register(await baseline.admin())).due.filter((d) => d.kind === 'vog' && d.username.startsWith('jansen'))).toEqual([]);

    // Renewed by the admin: case content is reachable again on the next request, and the register drops the user.
    const renewed = await s.request('PUT', `/api/users/${after.id}/checks`, await yearly.admin(), { vogCheckedAt: s.deps.now().toISOString() });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(await casesStatus(after.cookie)).toEqual({ status: 200, reason: null });
    expect((await register(await yearly.admin())).due.filter((d) => d.username === `jansen@${yearly.slug}`)).toEqual([]);
  });

  it('§4 declarations.vog.whenExpired: "tell" keeps case content reachable and tells the user and the admin', async () => {
    const telling = await installCopy([
      [configField('declarations.vog.validMonths'), 12],
      [configField('declarations.vog.whenExpired'), 'tell'],
    ]);
    const u = await telling.user('de-vries', { declaredDaysAgo: 10, vogDaysAgo: 400 });
    expect(await casesStatus(u.cookie)).toEqual({ status: 200, reason: null });
    const told = await me(u.cookie);
    expect(told.personalDataBlock).toBeNull();
    expect(stateOf(told, 'vog')).toBe('expired');
    expect((await register(await telling.admin())).due).toContainEqual(expect.objectContaining({ username: `de-vries@${telling.slug}`, kind: 'vog', state: 'expired', refusesPersonalData: false }));
  });

  it('§4 declarations.confidentiality.validMonths and .whenExpired: an expired confidentiality declaration refuses, or only tells', async () => {
    const old = { declaredDaysAgo: 800, vogDaysAgo: 10 };
    const baseline = await installCopy();
    expect(await casesStatus((await baseline.user('bakker', old)).cookie)).toEqual({ status: 200, reason: null });
    const refusing = await installCopy([[configField('declarations.confidentiality.validMonths'), 24]]);
    const refused = await refusing.user('bakker', old);
    expect(await casesStatus(refused.cookie)).toEqual({ status: 403, reason: 'confidentiality_declaration_expired' });
    expect(stateOf(await me(refused.cookie), 'confidentiality')).toBe('expired');
    const telling = await installCopy([
      [configField('declarations.confidentiality.validMonths'), 24],
      [configField('declarations.confidentiality.whenExpired'), 'tell'],
    ]);
    const told = await telling.user('bakker', old);
    expect(await casesStatus(told.cookie)).toEqual({ status: 200, reason: null });
    expect(stateOf(await me(told.cookie), 'confidentiality')).toBe('expired');
  });

  it('002-A35 §4 declarations.vog.required: where the covenant asks no VOG, a user without one reaches case content', async () => {
    const noVog = { declaredDaysAgo: 10, vogDaysAgo: null };
    const baseline = await installCopy();
    const refused = await baseline.user('peters', noVog);
    expect(await casesStatus(refused.cookie)).toEqual({ status: 403, reason: 'no_vog_check' });
    expect((await register(await baseline.admin())).due).toContainEqual(expect.objectContaining({ username: `peters@${baseline.slug}`, kind: 'vog', state: 'missing' }));
    const without = await installCopy([[configField('declarations.vog.required'), false]]);
    const allowed = await without.user('peters', noVog);
    expect(await casesStatus(allowed.cookie)).toEqual({ status: 200, reason: null });
    expect(stateOf(await me(allowed.cookie), 'vog')).toBe('not_required');
    expect((await register(await without.admin())).due.filter((d) => d.username === `peters@${without.slug}`)).toEqual([]);
  });

  it('002-A35 declarations.vog.required: the register and the declaration (PDF) ask no VOG where the covenant asks none, and name it missing where it does', async () => {
    const noVog = { declaredDaysAgo: 10, vogDaysAgo: null };
    const pdf = async (cookie: string, path: string): Promise<string> => {
      const res = await s.request('GET', path, cookie);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      return (await pdfText(res.rawPayload)).text;
    };
    const baseline = await installCopy();
    const asked = await baseline.user('hermans', noVog);
    const askedRegister = await pdf(await baseline.admin(), '/api/documents/declaration-register');
    expect(askedRegister).toMatch(/hermans[^]*?ontbreekt ja/);
    expect(askedRegister).toContain('gescreend met een Verklaring Omtrent het Gedrag');
    expect(await pdf(asked.cookie, `/api/documents/confidentiality-declarations/${asked.id}`)).toContain('VOG gecontroleerd nog niet vastgelegd');

    const without = await installCopy([[configField('declarations.vog.required'), false]]);
    const notAsked = await without.user('hermans', noVog);
    const register = await pdf(await without.admin(), '/api/documents/declaration-register');
    expect(register).toMatch(/hermans[^]*?niet vereist ja/);
    expect(register).not.toMatch(/hermans[^]*?ontbreekt ja/);
    expect(register).toContain('vraagt geen Verklaring Omtrent het Gedrag');
    const own = await pdf(notAsked.cookie, `/api/documents/confidentiality-declarations/${notAsked.id}`);
    expect(own).toContain('VOG gecontroleerd niet vereist');
    expect(own).toContain('Dit samenwerkingsverband vraagt geen VOG.');
  });

  it('§4 declarations.reminderDaysBefore: a declaration expiring within the lead time is due, told to the user and listed for the admin and the manager', async () => {
    const recorded = { declaredDaysAgo: 10, vogDaysAgo: 350 };
    const month = await installCopy([[configField('declarations.vog.validMonths'), 12]]);
    const u = await month.user('smits', recorded);
    expect(stateOf(await me(u.cookie), 'vog')).toBe('due');
    expect(await casesStatus(u.cookie)).toEqual({ status: 200, reason: null });
    const manager = await month.user('manager', { declaredDaysAgo: 1, vogDaysAgo: 1 }, 'manager');
    const listed = (await register(manager.cookie)).due.find((d) => d.username === `smits@${month.slug}`);
    expect(listed).toMatchObject({ kind: 'vog', state: 'due', refusesPersonalData: false });
    expect(Date.parse(listed?.expiresAt ?? '')).toBeGreaterThan(s.deps.now().getTime());

    const week = await installCopy([
      [configField('declarations.vog.validMonths'), 12],
      [configField('declarations.reminderDaysBefore'), 7],
    ]);
    const v = await week.user('smits', recorded);
    expect(stateOf(await me(v.cookie), 'vog')).toBe('valid');
    expect((await register(await week.admin())).due.filter((d) => d.username === `smits@${week.slug}`)).toEqual([]);

    // A professional may not read the register (audited refusal).
    const refused = await s.request('GET', '/api/users/declarations', v.cookie);
    expect(refused.statusCode).toBe(403);
  });
});
