import { parseArgs } from 'node:util';
import { UsageError } from './command';

/** How an option is declared (the subset of `node:util.parseArgs` the commands use). */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

/** Parsed arguments: option values by name, and the positionals in order. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/** `node:util.parseArgs` with strict checking, turning its errors into UsageError (exit 2). */
export function parseCommandArgs(args: readonly string[], options: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options }, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A string option's value, or undefined. */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A boolean flag's value (false when absent). */
export function flagOption(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}
