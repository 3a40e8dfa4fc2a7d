/**
 * Membership fields of the configuration, shown over HTTP on a shipped configuration and a copy
 * with the field changed: the accession declaration (P1) and Nijmegen's shell partner (seed 004).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configField, withChangedField } from '../support/config-field.js';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const NL = 'zvh-noord-limburg';
const NIJMEGEN = 'regieteams-nijmegen';
const errorOf = (body: string) => (JSON.parse(body) as { error: { rule?: string; reason?: string } }).error;

const candidate = (slug: string) => ({
  slug,
  name: `Stichting ${slug}`,
  type: 'welzijn',
  publicAuthority: false,
  maySeeSpecial: false,
  mayUseBsn: false,
  professionalSecrecy: false,
  legalRegimes: ['AVG'],
  legalBasisCatalogue: [{ kind: 'public_task', law: 'Wmo 2015 art. 2.3.2' }],
});

/** Requests accession of a candidate and records the steering group's approval; returns the outcome. */
async function approvedCandidate(slug: string): Promise<{ partnerId: string; outcome: { member: boolean; pending: string | null } }> {
  // Each accession step stamps the collaboration row with the (fake) time; a new second keeps the
  // configuration cache from serving the configuration of an earlier step.
  s.advance(1000);
  const admin = await s.login('beheerder@noord-limburg');
  const requested = await s.request('POST', '/api/partners', admin, candidate(slug));
  expect(requested.statusCode, requested.body).toBe(201);
  const { partnerId } = requested.json<{ partnerId: string }>();
  const approved = await s.request('POST', `/api/partners/${partnerId}/accession/decisions`, admin, { by: { kind: 'steering_group' }, approved: true });
  expect(approved.statusCode, approved.body).toBe(200);
  return { partnerId, outcome: approved.json() };
}

describe('configuration fields on membership', () => {
  it('000-R90 accessionDeclarationRequired: with the declaration required the candidate waits for it; a covenant without one admits on the approval', async () => {
    const field = configField('accessionDeclarationRequired');
    const shipped = await approvedCandidate('buurtwerk-horst');
    expect(shipped.outcome).toMatchObject({ member: false, pending: 'declaration_not_signed' });

    await withChangedField(s, NL, field, false, async () => {
      const changed = await approvedCandidate('buurtwerk-venray');
      expect(changed.outcome).toMatchObject({ member: true, pending: null });
    });
  });

  it('004-C02 shell: the GGD, a shell partner, joins cases that need it and registers none itself; as a regular member it may', async () => {
    const field = configField('partners[ggd-gelderland-zuid].shell');
    const ggd = await s.login('ggd-gelderland-zuid@nijmegen');
    const body = {
      tableId: 'regieteam',
      subjects: [{ name: 'Huishouden de Wit' }],
      complexCriteria: ['multi_problem'],
      lifeDomains: ['mental_functioning'],
      registration: { basis: { kind: 'public_task', law: 'Wet publieke gezondheid art. 2 (openbare geestelijke gezondheidszorg, bemoeizorg)' } },
      processDirectorId: s.userId('procesregisseur@nijmegen'),
    };
    const refused = await s.request('POST', '/api/cases', ggd, body);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ rule: 'P1', reason: 'shell_partner_joins_only' });

    await withChangedField(s, NIJMEGEN, field, false, async () => {
      const registered = await s.request('POST', '/api/cases', ggd, body);
      expect(errorOf(registered.body)?.reason ?? '').not.toBe('shell_partner_joins_only');
      expect(registered.statusCode, registered.body).toBe(201);
    });
  });
});
