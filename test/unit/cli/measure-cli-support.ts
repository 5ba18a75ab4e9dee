/** Shared setup for the measure CLI tests: a scratch folder with the examples and helpers to run `amend`. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { captureIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';

export const EXAMPLES = resolve(import.meta.dirname, '../../../resources/examples');
export const EXAMPLE_FILES = [
  'article-iii-excerpt.md',
  'calexit-2016-repeal.measure.md',
  'calexit-2017-revised.measure.md',
  'calexit-2017-partner.measure.md',
];

/** A fresh folder holding copies of the examples. */
export function scratchWithExamples(): string {
  const folder = mkdtempSync(join(tmpdir(), 'amend-measure-cli-'));
  for (const name of EXAMPLE_FILES) copyFileSync(join(EXAMPLES, name), join(folder, name));
  return folder;
}

export function write(folder: string, name: string, text: string): void {
  writeFileSync(join(folder, name), text);
}

export function read(folder: string, name: string): string {
  return readFileSync(join(folder, name), 'utf8');
}

/** Run `amend …` in `folder`; returns the exit code and both streams. */
export async function amend(
  folder: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(folder);
  const code = await main(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}
