#!/usr/bin/env node
// `npx casustafel …`: the compiled CLI (dist/cli/main.js). In a development checkout whose
// build is missing or older than src/, the TypeScript sources run through tsx instead, so the
// command never runs stale code.
import { existsSync } from 'node:fs';
import { serverStale } from '../scripts/build-state.js';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
const tsx = new URL('../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url);
if (existsSync(tsx) && (!existsSync(compiled) || serverStale())) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  await import('../dist/cli/main.js');
}
