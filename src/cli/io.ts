/**
 * What a CLI command may touch: its output streams and the working folder. Tests pass a capturing
 * implementation; `processIo()` binds the real process.
 */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
}

/** The real process: stdout, stderr, cwd, env. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
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
