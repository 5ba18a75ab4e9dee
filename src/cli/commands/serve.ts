/**
 * `amend serve [--port N] [--open] [--host-dir DIR]`: the app in your browser. Serves the built
 * renderer and the StudioApi on 127.0.0.1 only, behind a random session token, until Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliCommand } from '../command';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError } from '../command';
import { flagOption, parseCommandArgs, stringOption } from '../args';
import type { CliIo } from '../io';
import { resolveDataFolder } from '../../node/app-paths';
import { WEB_HOST_ADAPTER } from '../../node/host-adapter';
import { installPaths } from '../../node/install-paths';
import { ChromiumPrinter } from '../../node/printer/chromium-printer';
import { createStudioService } from '../../node/studio-service';
import { startWebHost } from '../../node/web-host';

const USAGE = `Usage: amend serve [--port N] [--open] [--host-dir DIR]

Runs Amendment Studio in your browser: serves the app and its API on 127.0.0.1 only (never on the
network), protected by a random session token. Open the printed URL; stop with Ctrl+C.

Options:
  --port N          TCP port on 127.0.0.1 (default: any free port)
  --open            open the URL in the default browser
  --host-dir DIR    the app's data folder: constitution editions, recovered work, recent files
                    (default: $AMEND_HOME, else ~/.amendment-studio)

The page needs the built renderer (npm run build:renderer); AMEND_RENDERER_DIR points elsewhere.
Exit codes: 0 stopped, 1 could not start (port in use, data folder not writable), 2 bad usage.
`;

const OPTIONS = {
  port: { type: 'string' },
  open: { type: 'boolean' },
  'host-dir': { type: 'string' },
} as const;

/** Open `url` in the system browser (xdg-open / open / start), detached. */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}

export interface ServeCommandOptions {
  /** How `--open` opens the browser (tests pass a recorder; never the real browser). */
  readonly openBrowser?: (url: string) => void;
  /** Stops the server when aborted (default: SIGINT / SIGTERM). */
  readonly stop?: AbortSignal;
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${text}"`);
  return port;
}

function untilStopped(stop: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    if (stop !== undefined) {
      if (stop.aborted) done();
      stop.addEventListener('abort', () => done(), { once: true });
      return;
    }
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

async function serve(args: readonly string[], io: CliIo, options: ServeCommandOptions): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS);
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  const port = parsePort(stringOption(parsed, 'port'));
  const hostDir = stringOption(parsed, 'host-dir');
  const dataFolder = hostDir === undefined ? resolveDataFolder(io.env) : resolve(io.cwd, hostDir);
  const install = installPaths(io.env);
  const printer = new ChromiumPrinter({ env: io.env });
  let service;
  let host;
  try {
    service = await createStudioService({
      host: WEB_HOST_ADAPTER,
      dataFolder,
      examplesFolder: install.examplesFolder,
      version: install.version,
      printer: () => printer,
    });
    host = await startWebHost({ service, rendererDir: install.rendererDir, port });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`amend serve: could not start: ${detail}\n`);
    service?.close();
    await printer.close();
    return EXIT_INPUT_ERROR;
  }
  if (!existsSync(join(install.rendererDir, 'index.html'))) {
    io.err(`amend serve: the renderer is not built (${install.rendererDir}); run \`npm run build:renderer\`.\n`);
  }
  io.out(`Amendment Studio is running at ${host.url}\n`);
  io.out(`Data folder: ${dataFolder}. Only this machine can connect. Press Ctrl+C to stop.\n`);
  if (flagOption(parsed, 'open')) (options.openBrowser ?? openInBrowser)(host.url);
  await untilStopped(options.stop);
  await host.close();
  service.close();
  await printer.close();
  return EXIT_OK;
}

/** The serve command with injectable browser opener and stop signal (tests). */
export function createServeCommand(options: ServeCommandOptions = {}): CliCommand {
  return {
    name: 'serve',
    usage: USAGE,
    run: (args, io) => serve(args, io, options),
  };
}

export const serveCommand: CliCommand = createServeCommand();
