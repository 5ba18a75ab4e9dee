import type { CliIo } from './io';

/** Exit codes shared by every command: 0 success, 1 the input has errors, 2 bad usage. */
export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 1;
export const EXIT_USAGE = 2;

/** One `amend <name>` subcommand. Each lives in its own file under src/cli/commands/. */
export interface CliCommand {
  readonly name: string;
  /** Full usage text for `amend <name> --help`. */
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Thrown by argument parsing helpers; main() prints it with the usage and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
