/**
 * Starts the real server (`tsx src/main.ts`) once for the whole run: a fresh DATA_DIR in the
 * temp folder, port 0 (the OS picks a free one), demo data loaded. Tests get its URL by inject().
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let child: ChildProcess | null = null;
let dataDir = '';

export async function setup(project: TestProject): Promise<void> {
  dataDir = await mkdtemp(join(tmpdir(), 'casustafel-e2e-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dataDir, 'data'), DEMO: 'on', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = server;
  const url = await new Promise<string>((resolvePromise, reject) => {
    let out = '';
    // A busy machine may need longer: E2E_SERVER_START_MS raises the wait.
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${out}`)), Number(process.env.E2E_SERVER_START_MS ?? 170_000));
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /https?:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise(m[0]);
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)}:\n${out}`));
    });
  });
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  if (child !== null && child.exitCode === null) {
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
}
