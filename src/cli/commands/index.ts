import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { packetCommand } from './packet';
import { parseCommand } from './parse';

/**
 * Every `amend` subcommand. Each capability adds its own file under src/cli/commands/ and one line
 * here, in alphabetical order.
 */
export const COMMANDS: readonly CliCommand[] = [exportCommand, importCommand, packetCommand, parseCommand];
