/**
 * Issue 15 item 9: the web client's API types are generated from the contract. Regenerating
 * web/src/api/contract.ts from the routes' OpenAPI document gives no difference; a route whose
 * schema changed without `npm run types:api` fails here (and so in CI).
 */
import { describe, expect, it } from 'vitest';
import { committedContract, contractSource, openApiDocument } from '../support/api-contract.js';

describe('015-9 web types from the OpenAPI contract', () => {
  it('015-9 the committed web/src/api/contract.ts is what the current routes generate (run `npm run types:api` when not)', async () => {
    const [fresh, committed] = await Promise.all([contractSource(), committedContract()]);
    expect(committed === fresh, 'web/src/api/contract.ts is stale: run `npm run types:api`').toBe(true);
  }, 120_000);

  it('015-9 the case reads the web client uses declare their answers in the contract', async () => {
    const doc = (await openApiDocument()) as unknown as { paths: Record<string, { get?: { responses?: Record<string, { content?: Record<string, unknown> }> } }> };
    const answer = (path: string, status: string): unknown => doc.paths[path]?.get?.responses?.[status]?.content?.['application/json'];
    for (const path of ['/api/cases', '/api/cases/{caseId}', '/api/auth/me']) expect(answer(path, '200'), path).toBeDefined();
  }, 120_000);
});
