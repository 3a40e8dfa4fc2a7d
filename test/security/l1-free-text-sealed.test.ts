/**
 * Finding L1 (penetration test 2026-12-06): the free text of incidents and complaints was found
 * verbatim in `pg_dump`. It is now sealed under a key of the collaboration (ADR 0075): the test
 * writes markers through the API, reads every column of every table the way a dump does, and
 * finds none; the API still shows the text. Rows an older version wrote in plaintext are sealed
 * when the server (or the command line) opens the database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFreeText, sealFreeText } from '../../src/crypto/collaboration-key.js';
import { CryptoError } from '../../src/crypto/crypto-error.js';
import { createMasterKeyRing, masterKeyFromBytes } from '../../src/crypto/master-key.js';
import { sealPlaintextFreeText } from '../../src/services/setup/seal-free-text.js';
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

describe('L1 free text of incidents and complaints is sealed at rest', () => {
  it('L1 the reproduction: markers in incident and complaint texts are in no table, and the API shows them', async () => {
    const pd = await s.login('procesregisseur@venlo');
    const po = await s.login('privacy@venlo');
    const incident = await s.request('POST', '/api/incidents', pd, { discoveredAt: '2026-06-01T07:00:00Z', summary: 'MARKER2 dossier van Sanne Bakker naar verkeerd adres' });
    expect(incident.statusCode, incident.body).toBe(201);
    const id = incident.json<{ id: string }>().id;
    expect((await s.request('POST', `/api/incidents/${id}/notices`, po, { kind: 'partners' })).statusCode).toBe(200);
    expect((await s.request('POST', `/api/incidents/${id}/updates`, po, { kind: 'development', body: 'MARKER5 Sanne Bakker gebeld' })).statusCode).toBe(201);
    expect((await s.request('POST', `/api/incidents/${id}/notices`, po, { kind: 'dpa_not_required', motivation: 'MARKER6 alleen Sanne Bakker betrokken' })).statusCode).toBe(200);
    const closed = await s.request('POST', `/api/incidents/${id}/close`, po, { evaluation: 'MARKER7 adres van Sanne Bakker gecontroleerd' });
    expect(closed.statusCode, closed.body).toBe(200);

    const police = s.partnerId('zorgnetwerk-venlo', 'politie-limburg');
    const complaint = await s.request('POST', '/api/complaints', pd, { topic: 'processing', summary: 'MARKER3 klacht van Sanne Bakker', concernsPartnerId: police, complainant: 'Sanne Bakker' });
    expect(complaint.statusCode, complaint.body).toBe(201);
    const complaintId = complaint.json<{ id: string }>().id;
    const answered = await s.request('POST', `/api/complaints/${complaintId}/response`, pd, { summary: 'MARKER8 Sanne Bakker teruggebeld' });
    expect(answered.statusCode, answered.body).toBe(200);

    const text = await dump();
    expect(text.match(/MARKER[0-9][^\n]*/g) ?? []).toEqual([]);
    expect(text).not.toContain('Sanne Bakker');

    const read = (await s.request('GET', `/api/incidents/${id}`, po)).json<{ summary: string; evaluation: string; dpaNotRequiredReason: string; updates: { body: string }[] }>();
    expect(read).toMatchObject({
      summary: 'MARKER2 dossier van Sanne Bakker naar verkeerd adres',
      evaluation: 'MARKER7 adres van Sanne Bakker gecontroleerd',
      dpaNotRequiredReason: 'MARKER6 alleen Sanne Bakker betrokken',
    });
    expect(read.updates.map((u) => u.body)).toEqual(['MARKER5 Sanne Bakker gebeld']);
    const listed = (await s.request('GET', '/api/complaints', pd)).json<{ id: string; summary: string; responseSummary: string | null }[]>();
    expect(listed.find((c) => c.id === complaintId)).toMatchObject({ summary: 'MARKER3 klacht van Sanne Bakker', responseSummary: 'MARKER8 Sanne Bakker teruggebeld' });
  });

  it('L1 rows written in plaintext before the change are sealed when the database is opened, and still read the same', async () => {
    const db = s.deps.database.db;
    const collaborationId = s.collaborationId('zorgnetwerk-venlo');
    const by = s.userId('privacy@venlo');
    const incidentId = randomUUID();
    const complaintId = randomUUID();
    await db
      .insertInto('incidents')
      .values({
        id: incidentId,
        collaboration_id: collaborationId,
        discovered_at: new Date('2026-05-30T10:00:00Z'),
        registered_by: by,
        summary: 'OLDMARK1 oud incident',
        dpa_notification_due_at: new Date('2026-06-02T10:00:00Z'),
        dpa_not_required_reason: 'OLDMARK2 oude motivering',
      })
      .execute();
    await db.insertInto('incident_updates').values({ incident_id: incidentId, collaboration_id: collaborationId, kind: 'measure', body: 'OLDMARK3 oude maatregel', recorded_at: new Date(), recorded_by: by }).execute();
    await db.insertInto('complaints').values({ id: complaintId, collaboration_id: collaborationId, received_by: by, summary: 'OLDMARK4 oude klacht', response_summary: 'OLDMARK5 oud antwoord', status: 'handled' }).execute();
    expect(await dump()).toContain('OLDMARK1');

    const sealed = await sealPlaintextFreeText(s.deps.database, s.deps.keys);
    expect(sealed).toEqual({ incidents: 1, incidentUpdates: 1, complaints: 1 });
    expect((await dump()).match(/OLDMARK[0-9][^\n]*/g) ?? []).toEqual([]);
    expect(await sealPlaintextFreeText(s.deps.database, s.deps.keys)).toEqual({ incidents: 0, incidentUpdates: 0, complaints: 0 });

    const po = await s.login('privacy@venlo');
    const read = (await s.request('GET', `/api/incidents/${incidentId}`, po)).json<{ summary: string; dpaNotRequiredReason: string; updates: { body: string }[] }>();
    expect(read).toMatchObject({ summary: 'OLDMARK1 oud incident', dpaNotRequiredReason: 'OLDMARK2 oude motivering' });
    expect(read.updates.map((u) => u.body)).toEqual(['OLDMARK3 oude maatregel']);
    const complaint = (await s.request('GET', '/api/complaints', po)).json<{ id: string; summary: string; responseSummary: string }[]>().find((c) => c.id === complaintId);
    expect(complaint).toMatchObject({ summary: 'OLDMARK4 oude klacht', responseSummary: 'OLDMARK5 oud antwoord' });
  });

  it('L1 a sealed value opens only in its own collaboration, column and record; a retired master key still opens it', () => {
    const old = masterKeyFromBytes(randomBytes(32));
    const ring = createMasterKeyRing(old);
    const [a, b, record, other] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const sealed = sealFreeText(ring, a, 'incidents.summary', record, 'tekst over iemand');
    expect(sealed.toString('latin1')).not.toContain('tekst');
    expect(openFreeText(ring, a, 'incidents.summary', record, sealed)).toBe('tekst over iemand');
    for (const attempt of [
      () => openFreeText(ring, b, 'incidents.summary', record, sealed),
      () => openFreeText(ring, a, 'complaints.summary', record, sealed),
      () => openFreeText(ring, a, 'incidents.summary', other, sealed),
      () => openFreeText(createMasterKeyRing(masterKeyFromBytes(randomBytes(32))), a, 'incidents.summary', record, sealed),
    ]) {
      expect(attempt).toThrow(CryptoError);
    }
    const rotated = createMasterKeyRing(masterKeyFromBytes(randomBytes(32)), [old]);
    expect(openFreeText(rotated, a, 'incidents.summary', record, sealed)).toBe('tekst over iemand');
  });
});
