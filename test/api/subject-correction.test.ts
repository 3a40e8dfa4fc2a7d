/**
 * 000-R27: correction of a subject's identifying data (seed 000 art. 8.1c "verbetering,
 * aanvulling"): the process director corrects the name and address with a reason; a change without
 * a reason is refused naming the field; the old value is not kept in clear; audited. Shipped
 * Maastricht configuration, demo users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInOnce, startTestServer } from '../support/server.js';
import type { TestServer } from '../support/server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});
const login = signInOnce(() => s);
const PD = 'procesregisseur@maastricht';
const OLD_NAME = 'Harrie Wijnands';
const OLD_ADDRESS = 'Boschstraat 12, Maastricht';

describe('000-R27 correction of the subject (seed 000 art. 8.1c)', () => {
  it('000-R27 the process director corrects name and address with a reason; without a reason it is refused naming "reason"; a supplement needs none; the old values are gone from the database; audited', async () => {
    const gemeente = await login('gemeente-maastricht@maastricht');
    const created = await s.request('POST', '/api/cases', gemeente, {
      tableId: 'mdo-integrale-aanpak',
      subjects: [{ name: OLD_NAME, birthDate: '1969-04-02', address: OLD_ADDRESS }],
      registration: { content: 'Teloorgang op meerdere leefgebieden.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
      processDirectorId: s.userId(PD),
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; subjectIds: string[] }>();
    const subjectId = c.subjectIds[0] ?? '';
    const pd = await login(PD);
    const url = `/api/cases/${c.id}/subjects/${subjectId}`;

    const noReason = await s.request('PATCH', url, pd, { name: 'Harry Wijnandts' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ error: { fields: { field: string; message: string }[] } }>().error.fields.map((f) => f.field)).toEqual(['reason']);

    const reason = 'Naam en adres verkeerd overgenomen uit de melding; gecontroleerd bij de BRP.';
    const corrected = await s.request('PATCH', url, pd, { name: 'Harry Wijnandts', address: 'Boschstraat 21, Maastricht', reason });
    expect(corrected.statusCode, corrected.body).toBe(200);
    // A supplement (the BSN was empty) needs no reason.
    expect((await s.request('PATCH', url, pd, { bsn: '111222333' })).statusCode).toBe(200);

    const view = (await s.request('GET', `/api/cases/${c.id}`, pd)).json<{ subjects: { id: string; name: string; address: string | null }[] }>();
    expect(view.subjects.find((x) => x.id === subjectId)).toMatchObject({ name: 'Harry Wijnandts', address: 'Boschstraat 21, Maastricht' });

    // Not in clear anywhere: the subject row, the correction record.
    const db = s.deps.database.db;
    const row = await db.selectFrom('subjects').selectAll().where('id', '=', subjectId).executeTakeFirstOrThrow();
    const corrections = await db.selectFrom('subject_corrections').selectAll().where('subject_id', '=', subjectId).execute();
    expect(corrections).toHaveLength(1);
    expect(corrections[0]?.fields).toEqual(['name', 'address']);
    const stored = JSON.stringify([row, corrections], (_k, v: unknown) => (v instanceof Buffer || (typeof v === 'object' && v !== null && (v as { type?: string }).type === 'Buffer') ? Buffer.from(v as Buffer).toString('latin1') : v));
    for (const clear of [OLD_NAME, 'Boschstraat 12', 'gecontroleerd bij de BRP']) expect(stored).not.toContain(clear);

    const audit = await db.selectFrom('audit_log').select(['action', 'outcome']).where('subject_id', '=', subjectId).where('action', 'in', ['subject.correct', 'subject.complete']).execute();
    expect(audit.filter((a) => a.outcome === 'allow').map((a) => a.action).sort()).toEqual(['subject.complete', 'subject.correct']);
  });

  it('000-R27 the correction history: the process director reads which fields were corrected, why, by whom and when, never the old value; the privacy officer, who sees every case but does not act in it, is refused and a professional not involved finds no case', async () => {
    const gemeente = await login('gemeente-maastricht@maastricht');
    const created = await s.request('POST', '/api/cases', gemeente, {
      tableId: 'mdo-integrale-aanpak',
      subjects: [{ name: 'Sjef Lemmens', birthDate: '1971-08-12' }],
      registration: { content: 'Zorgen over woonsituatie en schulden.', basis: { kind: 'public_task', law: 'Gemeentewet art. 160 en 172' } },
      processDirectorId: s.userId(PD),
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json<{ id: string; subjectIds: string[] }>();
    const pd = await login(PD);
    const history = (cookie: string) => s.request('GET', `/api/cases/${c.id}/subject-corrections`, cookie);
    expect((await history(pd)).json()).toEqual([]);
    const reason = 'Achternaam verkeerd gespeld in de melding; nagevraagd bij de BRP.';
    expect((await s.request('PATCH', `/api/cases/${c.id}/subjects/${c.subjectIds[0] ?? ''}`, pd, { name: 'Sjef Lemmes', birthDate: '1971-08-21', reason })).statusCode).toBe(200);
    const read = await history(pd);
    expect(read.statusCode, read.body).toBe(200);
    const rows = read.json<{ subjectId: string; fields: string[]; reason: string; correctedBy: string | null; correctedAt: string }[]>();
    expect(rows).toEqual([{ id: expect.any(String) as unknown, subjectId: c.subjectIds[0], fields: ['name', 'birthDate'], reason, correctedBy: expect.any(String) as unknown, correctedAt: expect.any(String) as unknown }]);
    expect(read.body).not.toContain('Sjef Lemmens');
    const refused = await history(await login('privacy@maastricht'));
    expect(refused.statusCode).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { reason: 'not_designated' } });
    expect((await history(await login('politie-limburg@maastricht'))).statusCode).toBe(404);
    const audit = await s.deps.database.db.selectFrom('audit_log').select(['outcome']).where('case_id', '=', c.id).where('action', '=', 'subject.corrections_read').execute();
    expect(audit.map((a) => a.outcome).sort()).toEqual(['allow', 'allow', 'deny']);
  });
});
