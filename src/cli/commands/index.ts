import type { CliCommand } from '../command';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { importCommand } from './import';
import { packetCommand } from './packet';
import { parseCommand } from './parse';
import { serveCommand } from './serve';

/**
 * Every `amend` subcommand. Each capability adds its own file under src/cli/commands/ and one line
 * here, in alphabetical order.
 */
export const COMMANDS: readonly CliCommand[] = [
  diffCommand,
  exportCommand,
  importCommand,
  packetCommand,
  parseCommand,
  serveCommand,
];
