import { COMMANDS } from './commands/index';
import { EXIT_USAGE, UsageError } from './command';
import { processIo, type CliIo } from './io';

function overview(): string {
  const width = Math.max(0, ...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: amend <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `amend <command> --help` for the options of one command.',
    '',
  ].join('\n');
}

/**
 * Run the CLI with `args` (without `node` and the script). Returns the exit code: 0 success,
 * 1 the input has errors, 2 bad usage. Never throws for user mistakes.
 */
export async function main(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const entry = COMMANDS.find((candidate) => candidate.name === name);
  if (entry === undefined) {
    io.err(`amend: unknown command "${name}".\n\n${overview()}`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`amend ${command.name}: ${error.message}\n\n${command.usage.trimEnd()}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
