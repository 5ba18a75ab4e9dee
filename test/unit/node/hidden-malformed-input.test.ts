/**
 * D9 (reliability-anchors.md §5): malformed input is refused, never "fixed". Invalid UTF-8 of every
 * shape, text holding lone surrogates at save, and files over the size cap go through the real open
 * paths: the app's `readTextFile`, the library's edition import (by path and by content) and the
 * `amend` commands that read files. Each must be refused with an error naming the file, line, column
 * and problem (over-size: the file and its size), and nothing may change: the input's bytes, no
 * output file, no edition stored.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../src/api/contract';
import { captureIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { readTextFile, saveTextFile } from '../../../src/node/file-store';
import type { RunningStudioService } from '../../../src/node/studio-service';
import { startTestService } from './support/test-service';
import { reportFigure } from '../../support/figures';
import { EXAMPLES_FOLDER } from '../api/contract-suite';

/** Invalid UTF-8, each placed at line 3, column 3 (after `ab`); `atEnd` shapes end the file. */
const SHAPES: readonly { name: string; bytes: readonly number[]; atEnd?: boolean }[] = [
  { name: 'lone continuation byte', bytes: [0x80] },
  { name: 'continuation bytes after ASCII', bytes: [0xbf, 0xbf] },
  { name: 'overlong 2-byte /', bytes: [0xc0, 0xaf] },
  { name: 'overlong 3-byte NUL', bytes: [0xe0, 0x80, 0x80] },
  { name: 'overlong 4-byte', bytes: [0xf0, 0x80, 0x80, 0xaf] },
  { name: 'surrogate-encoded high (CESU-8)', bytes: [0xed, 0xa0, 0x80] },
  { name: 'surrogate-encoded low (CESU-8)', bytes: [0xed, 0xbf, 0xbf] },
  { name: 'beyond U+10FFFF', bytes: [0xf4, 0x90, 0x80, 0x80] },
  { name: 'lead byte 0xF8 (5-byte form)', bytes: [0xf8, 0x88, 0x80, 0x80, 0x80] },
  { name: 'byte 0xFF', bytes: [0xff] },
  { name: 'Latin-1 é', bytes: [0xe9] },
  { name: 'Windows-1252 quotes', bytes: [0x93, 0x94] },
  { name: 'truncated before ASCII', bytes: [0xe2, 0x82] },
  { name: 'truncated at end of file', bytes: [0xe2, 0x82], atEnd: true },
  { name: 'truncated 4-byte at end of file', bytes: [0xf0, 0x9f, 0x98], atEnd: true },
];

const LONE_SURROGATES: readonly { name: string; text: string }[] = [
  { name: 'lone high surrogate', text: 'line one\nline two\nab\ud800cd\n' },
  { name: 'lone low surrogate', text: 'line one\nline two\nab\udc00cd\n' },
  { name: 'reversed pair', text: 'line one\nline two\nab\ude00\ud83dcd\n' },
];

/** The commands that read a file named on the command line, with the bad file put in `BAD`. */
const COMMANDS: readonly (readonly string[])[] = [
  ['lint', 'BAD'],
  ['parse', 'BAD'],
  ['import', 'BAD', '-o', 'out.md'],
  ['diff', 'BAD', 'article-iii-excerpt.md'],
  ['measure', '--base', 'BAD', 'calexit-2017-revised.measure.md', '-o', 'out.md'],
  ['compare', 'calexit-2017-revised.measure.md', 'BAD'],
  ['import-measure', 'BAD', '-o', 'out.md'],
  ['export', 'BAD', '--format', 'md', '-o', 'out.md'],
];

interface Tally {
  cases: number;
  altered: string[];
  located: number;
  oversize: number;
  unlocated: string[];
}
const tally: Tally = { cases: 0, altered: [], located: 0, oversize: 0, unlocated: [] };

function record(label: string, refused: boolean, untouched: boolean, placed: boolean, oversize = false): void {
  tally.cases++;
  if (!refused || !untouched) tally.altered.push(label);
  else if (!placed) tally.unlocated.push(label);
  else if (oversize) tally.oversize++;
  else tally.located++;
}

let service: RunningStudioService;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'amend-malformed-'));
  for (const name of ['article-iii-excerpt.md', 'calexit-2017-revised.measure.md']) {
    writeFileSync(join(folder, name), readFileSync(join(EXAMPLES_FOLDER, name)));
  }
  service = await startTestService({ prefix: 'amend-malformed' });
});
afterAll(() => service.close());

function badBytes(shape: (typeof SHAPES)[number]): Buffer {
  const head = Buffer.from('line one\nline two\nab');
  return Buffer.concat([head, Buffer.from(shape.bytes), ...(shape.atEnd === true ? [] : [Buffer.from('cd\n')])]);
}

/** Nothing besides the inputs in the folder (no output, no temp file). */
function onlyInputs(): boolean {
  return readdirSync(folder).every((entry) => entry.endsWith('.md') && !entry.startsWith('out'));
}

async function editionCount(): Promise<number> {
  const listed = await service.listEditions({});
  return listed.ok ? listed.value.editions.length : -1;
}

describe('invalid UTF-8 is refused on every open path, naming file, line and column', () => {
  it.each(SHAPES.map((shape) => [shape.name, shape] as const))('%s', async (name, shape) => {
    const file = `bad-${name.replace(/[^a-z0-9]+/gi, '-')}.md`;
    const path = join(folder, file);
    const bytes = badBytes(shape);
    writeFileSync(path, bytes);
    const unchanged = (): boolean => readFileSync(path).equals(bytes) && onlyInputs();

    const opened = await readTextFile(path);
    const openError = opened.ok ? undefined : opened.error;
    record(`${name}: readTextFile`, !opened.ok, unchanged(), openError?.line === 3 && openError.column === 3);
    expect(openError).toMatchObject({ code: 'invalid-encoding', file: path, line: 3, column: 3 });

    const before = await editionCount();
    const imported = await service.importEdition({ path });
    const importError = imported.ok ? undefined : imported.error;
    record(
      `${name}: importEdition`,
      !imported.ok,
      unchanged() && (await editionCount()) === before,
      importError?.line === 3 && importError.column === 3 && importError.file === path,
    );
    expect(importError).toMatchObject({ code: 'invalid-encoding', line: 3, column: 3 });

    for (const command of COMMANDS) {
      const io = captureIo(folder);
      const code = await main(
        command.map((arg) => (arg === 'BAD' ? file : arg)),
        io,
      );
      const stderr = io.stderr();
      const label = `${name}: amend ${command[0]!}`;
      record(label, code === 1, unchanged() && io.stdout() === '', stderr.includes(`${file}:3:3: `));
      expect(code, label).toBe(1);
      expect(stderr, label).toContain(`${file}:3:3: `);
      expect(stderr, label).toContain('is not UTF-8 text');
      expect(unchanged(), label).toBe(true);
    }
  });
});

describe('lone surrogates are refused at save, the file untouched', () => {
  it.each(LONE_SURROGATES.map((item) => [item.name, item.text] as const))('%s', async (name, text) => {
    const path = join(folder, `lone-${name.replace(/\s+/g, '-')}.md`);
    writeFileSync(path, 'line one\nline two\nabcd\n');
    const saved = await saveTextFile(path, text, { kind: 'overwrite' });
    const untouched = readFileSync(path, 'utf8') === 'line one\nline two\nabcd\n' && onlyInputs();
    const saveError = saved.ok ? undefined : saved.error;
    record(`${name}: saveTextFile`, !saved.ok, untouched, saveError?.line === 3 && saveError.column === 3);
    expect(saveError).toMatchObject({ code: 'invalid-encoding', file: path, line: 3, column: 3 });

    const before = await editionCount();
    const imported = await service.importEdition({ fileName: 'pasted.md', content: text });
    const importError = imported.ok ? undefined : imported.error;
    record(
      `${name}: importEdition (content)`,
      !imported.ok,
      (await editionCount()) === before,
      importError?.file === 'pasted.md' && importError.line !== undefined && importError.column !== undefined,
    );
    expect(importError).toMatchObject({ code: 'invalid-encoding', file: 'pasted.md' });
  });
});

describe('files over the size cap are refused before they are read as text', () => {
  it('refuses on open, on import and in the CLI, naming the file and its size', async () => {
    const file = 'bad-too-large.md';
    const path = join(folder, file);
    writeFileSync(path, Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61));
    const unchanged = (): boolean => readFileSync(path).length === MAX_DOCUMENT_BYTES + 1 && onlyInputs();
    const names = (message: string | undefined): boolean => message?.includes(path) === true && message.includes('MiB');

    const opened = await readTextFile(path);
    record('over-size: readTextFile', !opened.ok, unchanged(), !opened.ok && names(opened.error.message), true);
    expect(!opened.ok && opened.error).toMatchObject({ code: 'too-large', file: path });

    const before = await editionCount();
    const imported = await service.importEdition({ path });
    record(
      'over-size: importEdition',
      !imported.ok,
      unchanged() && (await editionCount()) === before,
      !imported.ok && names(imported.error.message),
      true,
    );
    expect(!imported.ok && imported.error).toMatchObject({ code: 'too-large' });

    for (const command of [
      ['lint', file],
      ['import', file, '-o', 'out.md'],
      ['export', file, '--format', 'md', '-o', 'out.md'],
    ]) {
      const io = captureIo(folder);
      const code = await main(command, io);
      const label = `over-size: amend ${command[0]!}`;
      record(label, code === 1, unchanged(), io.stderr().includes(`${file} is `) && io.stderr().includes('MiB'), true);
      expect(code, label).toBe(1);
      expect(io.stderr(), label).toContain(`${file} is 32.0 MiB`);
    }
    expect(existsSync(join(folder, 'out.md'))).toBe(false);
  });
});

describe('malformed input figure', () => {
  it('reports it', () => {
    const refusedWithPlace = tally.located;
    reportFigure(
      'malformed-input',
      `malformed input: ${tally.cases} files, ${tally.altered.length} silently altered, ${refusedWithPlace} refused with file:line:column, ${tally.oversize} over-size refused with file and size`,
      tally.cases > 0 && tally.altered.length === 0 && tally.unlocated.length === 0,
    );
    expect(tally.altered).toEqual([]);
    expect(tally.unlocated).toEqual([]);
    expect(tally.located + tally.oversize).toBe(tally.cases);
  });
});
