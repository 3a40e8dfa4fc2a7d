import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  s.setNow(new Date('2026-03-10T10:00:00Z'));
});
afterAll(async () => {
  await s.close();
});

interface PartnerView {
  id: string;
  slug: string;
  active: boolean;
  accessionPending: { reason: string; partners: string[] } | null;
  noticeWouldEndAt: string | null;
}

const candidate = (slug: string) => ({
  slug,
  name: `Stichting ${slug}`,
  type: 'welzijn',
  publicAuthority: false,
  maySeeSpecial: false,
  mayUseBsn: false,
  professionalSecrecy: false,
  legalRegimes: ['AVG'],
  legalBasisCatalogue: [{ kind: 'consent' }],
});

describe('P1 the partner list tells the admin what the domain computes', () => {
  it('P1 a candidate shows what its accession still waits for: every partner, then only the declaration (Venlo, all partners)', async () => {
    const admin = await s.login('beheerder@venlo');
    const { partnerId } = (await s.request('POST', '/api/partners', admin, candidate('wijkkracht-venlo'))).json<{ partnerId: string }>();
    const voters = ['gemeente-venlo', 'politie-limburg', 'includio', 'woonwenz', 'antares', 'vincent-van-gogh'].map((p) => s.partnerId('zorgnetwerk-venlo', p));
    const list = async (): Promise<PartnerView[]> => (await s.request('GET', '/api/partners', admin)).json<PartnerView[]>();
    const first = (await list()).find((p) => p.id === partnerId);
    expect(first?.accessionPending?.reason).toBe('partner_approval_missing');
    expect([...(first?.accessionPending?.partners ?? [])].sort()).toEqual([...voters].sort());
    expect(first?.noticeWouldEndAt).toBeNull();
    for (const voter of voters) {
      expect((await s.request('POST', `/api/partners/${partnerId}/accession/decisions`, admin, { by: { kind: 'partner', partnerId: voter }, approved: true })).statusCode).toBe(200);
    }
    expect((await list()).find((p) => p.id === partnerId)?.accessionPending).toEqual({ reason: 'declaration_not_signed', partners: [] });
    await s.request('POST', `/api/partners/${partnerId}/accession/declaration`, admin, {});
    const member = (await list()).find((p) => p.id === partnerId);
    expect(member).toMatchObject({ active: true, accessionPending: null, noticeWouldEndAt: '2026-06-10T10:00:00.000Z' });
  });

  it("P1 an active member shows the end of its membership if it gave notice now, by the covenant's terms", async () => {
    const venlo = (await s.request('GET', '/api/partners', await s.login('beheerder@venlo'))).json<PartnerView[]>();
    expect(venlo.find((p) => p.slug === 'antares')?.noticeWouldEndAt).toBe('2026-06-10T10:00:00.000Z');
    // Noord-Limburg: two years, and then on a 1 January (seed 003 art. 21.4).
    const noord = (await s.request('GET', '/api/partners', await s.login('beheerder@noord-limburg'))).json<PartnerView[]>();
    const ends = noord.find((p) => p.slug === 'reclassering-nederland')?.noticeWouldEndAt ?? '';
    expect(ends.slice(0, 10)).toBe('2029-01-01');
  });
});
