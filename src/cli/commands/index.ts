import type { CliCommand } from '../command';
import { compareCommand } from './compare';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { importCommand } from './import';
import { lintCommand } from './lint';
import { measureCommand } from './measure';
import { mergeCommand } from './merge';
import { packetCommand } from './packet';
import { parseCommand } from './parse';
import { rebaseCommand } from './rebase';
import { serveCommand } from './serve';

/**
 * Every `amend` subcommand. Each capability adds its own file under src/cli/commands/ and one line
 * here, in alphabetical order.
 */
export const COMMANDS: readonly CliCommand[] = [
  compareCommand,
  diffCommand,
  exportCommand,
  importCommand,
  lintCommand,
  measureCommand,
  mergeCommand,
  packetCommand,
  parseCommand,
  rebaseCommand,
  serveCommand,
];
