/**
 * The web client's API types come from the contract: the OpenAPI document the API serves
 * (`/api/openapi.json`) is turned into `web/src/api/contract.ts` by openapi-typescript.
 * `npm run types:api` writes the file; test/api/contract-types.test.ts fails when it is stale.
 * The document is built from the routes alone (no database): route registration only reads the
 * zod schemas.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../../src/api/app.js';
import type { ApiOptions } from '../../src/api/app.js';

export const CONTRACT_FILE = resolve(import.meta.dirname, '../../web/src/api/contract.ts');

const HEADER = `/**
 * GENERATED from the API's OpenAPI document by \`npm run types:api\` (test/support/api-contract.ts).
 * Do not edit: change the route's zod schemas and regenerate. A test fails when this file is stale.
 */
`;

/** The OpenAPI document exactly as `GET /api/openapi.json` serves it. */
export async function openApiDocument(): Promise<OpenAPI3> {
  // Route registration keeps the services for later requests; nothing here serves one.
  const unused = {} as never;
  const options: ApiOptions = { deps: unused, sessionPolicy: unused, secondFactor: unused, secureCookies: false, demoMode: false, webDir: resolve(import.meta.dirname, 'no-web-dir') };
  const app = await buildApp(options);
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The TypeScript source of web/src/api/contract.ts for the current routes. */
export async function contractSource(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { alphabetize: true, exportType: false });
  return HEADER + astToString(ast);
}

export async function committedContract(): Promise<string> {
  return readFile(CONTRACT_FILE, 'utf8');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(CONTRACT_FILE, await contractSource());
  console.log(`written: ${CONTRACT_FILE}`);
}
