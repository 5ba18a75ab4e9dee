/**
 * What a CLI command may touch: its output streams and the working folder. Tests pass a capturing
 * implementation; `processIo()` binds the real process.
 */
import { terminalSafe } from './terminal-safe';

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
}

/** The two output streams of a process (the parts `processIo` uses). */
export interface OutputStreams {
  readonly stdout: { readonly isTTY?: boolean; write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/**
 * The real process: stdout, stderr, cwd, env. Diagnostics on stderr are always made terminal-safe
 * (they quote untrusted files); stdout only when it is a terminal, so data piped to a file (a measure
 * text, JSON) stays byte for byte what the command produced.
 */
export function processIo(streams: OutputStreams = process): CliIo {
  const outIsTerminal = streams.stdout.isTTY === true;
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => void streams.stdout.write(outIsTerminal ? terminalSafe(text) : text),
    err: (text) => void streams.stderr.write(terminalSafe(text)),
  };
}

/** An in-memory CliIo for tests. */
export function captureIo(
  cwd: string = process.cwd(),
  env: Record<string, string | undefined> = {},
): CliIo & { stdout(): string; stderr(): string } {
  let stdout = '';
  let stderr = '';
  return {
    cwd,
    env,
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
