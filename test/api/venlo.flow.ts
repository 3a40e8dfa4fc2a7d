/**
 * A Zorgnetwerk Venlo case as its demo users make one on the shipped configuration: registered by
 * the municipality in a work area, the subject informed, accepted by the process director. Shared
 * by the tests that walk Venlo's ends of the work process (closing, proposal, handover).
 */
import { expect } from 'vitest';
import type { TestServer } from '../support/server.js';
import { informSubjects, register, step } from './phases.flow.js';
import type { Registered } from './phases.flow.js';

export const VENLO = 'zorgnetwerk-venlo';
export const VENLO_BASIS = { kind: 'public_task', law: 'Gemeentewet art. 160 lid 1 onder a jo. Wmo 2015 art. 2.1.1 jo. art. 1.1.1' };

/** Registered by gemeente-venlo (work area Blerick), informed, accepted: the case and the process director's session. */
export async function acceptedVenloCase(s: TestServer, name: string): Promise<{ c: Registered; pd: string }> {
  const c = await register(s, 'gemeente-venlo@venlo', {
    tableId: 'zorgnetwerk-overleg',
    workArea: 'blerick',
    subjects: [{ name }],
    complexCriteria: ['multi_problem'],
    lifeDomains: ['housing'],
    registration: { content: 'Structurele woonoverlast; mijdt zorg.', basis: VENLO_BASIS },
  });
  await informSubjects(s, c, VENLO, 'gemeente-venlo', 'procesregisseur@venlo');
  const pd = await s.login('procesregisseur@venlo');
  const accepted = await step(s, pd, c.id, { event: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return { c, pd };
}
