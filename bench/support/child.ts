/** Child processes for the benchmarks and reliability tests: start, wait for a line, stop. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export interface Child {
  readonly process: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the first stdout line matching `pattern` (rejects on exit or timeout). */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** SIGTERM (or the given signal) to the child's process group, then waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts a child in its own process group, so that `stop` reaches every process under it (npm →
 * sh → tsx → node) and nothing else. An `undefined` in `env` removes that variable.
 */
export function startChild(command: string, args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}, cwd = process.cwd()): Child {
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) merged[k] = v;
  const child = spawn(command, args, { cwd, env: merged, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const signalGroup = (signal: NodeJS.Signals): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  let out = '';
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true;
    resolve();
  }));
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return {
    process: child,
    output: () => out,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = (): boolean => {
          const m = out.match(pattern);
          if (m === null) return false;
          cleanup();
          resolve(m);
          return true;
        };
        const onData = (): void => void check();
        const onExit = (): void => {
          if (!check()) {
            cleanup();
            reject(new Error(`child exited before ${String(pattern)}:\n${out.slice(-2000)}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timeout waiting for ${String(pattern)}:\n${out.slice(-2000)}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          child.stdout.off('data', onData);
          child.stderr.off('data', onData);
          child.off('exit', onExit);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', onExit);
        if (!check() && exited) onExit();
      }),
    stop: async (signal = 'SIGTERM') => {
      if (exited) return;
      signalGroup(signal);
      const timer = setTimeout(() => signalGroup('SIGKILL'), 15_000);
      await exit;
      // The group leader may exit before its children: wait until the whole group is gone.
      for (let i = 0; i < 300 && groupAlive(child.pid); i++) await new Promise((r) => setTimeout(r, 50));
      clearTimeout(timer);
    },
  };
}

/** The tsx binary of this project, to run TypeScript children without npm in between. */
export const TSX = 'node_modules/.bin/tsx';

function groupAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
