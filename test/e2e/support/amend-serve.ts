/**
 * Start `amend serve` (the local web host) as a child process with its own data folder, and read the
 * session URL it prints. Used by the e2e global setup and by the renderer benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** `amend serve` prints the page URL with its session token once it listens. */
const URL_PATTERN = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=[A-Za-z0-9_-]+/;
/** The host starts in well under a second; ten leaves room for a cold, busy machine. */
const START_TIMEOUT_MS = 10_000;

export interface AmendServe {
  /** The page URL, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** The host's data folder (AMEND_HOME), removed by `stop`. */
  readonly home: string;
  stop(): Promise<void>;
  /** SIGKILL the host (a crash): nothing is flushed, and the data folder is kept for a restart. */
  kill(): Promise<void>;
}

/** Start the web host on `port` (0 = any free port) with `home` as AMEND_HOME (default: a fresh one). */
export async function startAmendServe(
  port = 0,
  home: string = mkdtempSync(join(tmpdir(), 'amend-e2e-home-')),
): Promise<AmendServe> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin/amend.mjs'), 'serve', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, AMEND_HOME: home, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    home,
    stop: async () => {
      await stopChild(child);
      rmSync(home, { recursive: true, force: true });
    },
    kill: () => stopChild(child, 'SIGKILL'),
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`amend serve printed no URL within ${START_TIMEOUT_MS} ms. Output:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = URL_PATTERN.exec(output);
      if (match === null) return;
      clearTimeout(timer);
      resolvePromise(match[0]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`amend serve exited with code ${String(code)} before it listened. Output:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill(signal);
  });
}
