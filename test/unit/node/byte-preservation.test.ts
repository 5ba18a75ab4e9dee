/**
 * D8 and D9: bytes outside an edit never change, and malformed input is refused, never "fixed".
 * Every file goes through the real service (open → save, as the app does it):
 * - open → save without an edit gives identical bytes;
 * - open → change one character in the middle of the text (the whole text is what the app sends)
 *   → save: the bytes before and after the edited character are unchanged;
 * - invalid UTF-8 (and UTF-16 surrogates encoded in a file) is refused with an error naming the file,
 *   line and column; a text holding a lone surrogate is refused at save; the file is untouched.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../src/api/contract';
import type { RunningStudioService } from '../../../src/node/studio-service';
import { startTestService } from './support/test-service';
import { reportFigure } from '../../support/figures';
import { EXAMPLES_FOLDER } from '../api/contract-suite';

const example = readFileSync(join(EXAMPLES_FOLDER, 'calexit-2016-repeal.measure.md'), 'utf8');

/** Valid UTF-8 texts whose bytes the app must keep. */
const CORPUS: Readonly<Record<string, string>> = {
  bom: '\uFEFF# Title\n\nText.\n',
  crlf: '# Title\r\n\r\nLine one\r\nLine two\r\n',
  'cr only': '# Title\rLine one\rLine two\r',
  'mixed line endings': 'a\nb\r\nc\rd\n\re\r\n',
  'no trailing newline': '# Title\n\nLast line without a newline',
  'trailing spaces': '# Title  \n\nA hard break  \nend   \n \n',
  tabs: '\tindented\n\t\tcode\there\t\n',
  nul: 'before\u0000after\n\u0000\n',
  'line and paragraph separators': 'a\u2028b\u2029c\n\u2028\n',
  'bidi controls': 'abc \u202Eevil\u202C \u2066x\u2069 \u200F\u200E\u061C\n',
  'combining marks': 'e\u0301 n\u0303 a\u0308\u0304 \u0915\u094D\u0937\n',
  'astral characters': '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u{1D400} \u{20000} \u{10FFFF}\n',
  'double bom': '\uFEFF\uFEFFtext',
  'zero-width and nbsp': 'a\u200Bb\u200Cc\u200Dd\u2060e\u00A0f\uFEFFg\n',
  'measure, BOM and CRLF': `\uFEFF${example.replace(/\n/g, '\r\n')}`,
  'measure, no trailing newline': example.replace(/\n+$/, ''),
  empty: '',
};

/** Bytes that are not UTF-8, each placed at line 3, column 3 (after `ab`). */
const MALFORMED_BYTES: Readonly<Record<string, readonly number[]>> = {
  'Latin-1 é': [0xe9],
  'Windows-1252 quotes': [0x93, 0x94],
  'overlong /': [0xc0, 0xaf],
  'overlong NUL': [0xe0, 0x80, 0x80],
  'UTF-16 high surrogate alone (CESU-8)': [0xed, 0xa0, 0x80],
  'UTF-16 low surrogate alone (CESU-8)': [0xed, 0xb0, 0x80],
  'surrogate pair as CESU-8': [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80],
  'beyond U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
  'stray continuation byte': [0x80],
  'byte 0xFF': [0xff],
  'truncated sequence': [0xe2, 0x82],
};

/** Texts the app could hold but that cannot be written as UTF-8 (lone UTF-16 surrogates). */
const LONE_SURROGATE_TEXTS: Readonly<Record<string, string>> = {
  'lone high surrogate': 'line one\nab\uD800cd\n',
  'lone low surrogate': 'line one\nab\uDC00cd\n',
  'reversed pair': 'line one\nab\uDE00\uD83Dcd\n',
};

let service: RunningStudioService;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'amend-bytes-'));
  service = await startTestService({ prefix: 'amend-bytes' });
});
afterAll(() => service.close());

const fileOf = (name: string): string => join(folder, `${name.replace(/[^a-z0-9]+/gi, '-')}.md`);

async function open(path: string): Promise<{ source: string; sha256: string }> {
  const opened = await service.openMeasure({ path });
  if (!opened.ok) throw new Error(opened.error.message);
  return { source: opened.value.source, sha256: opened.value.sha256 ?? '' };
}

async function save(path: string, source: string, sha256: string): Promise<void> {
  const saved = await service.saveMeasure({ path, source, expectedSha256: sha256 });
  if (!saved.ok) throw new Error(saved.error.message);
}

function commonPrefix(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Replace the code point nearest the middle of `text` (insert when empty). */
function editMiddle(text: string): { edited: string; before: string; after: string } {
  const points = [...text];
  const index = Math.floor(points.length / 2);
  const old = points[index];
  const replacement = old === 'Z' ? 'Y' : 'Z';
  const before = points.slice(0, index).join('');
  const after = points.slice(index + (old === undefined ? 0 : 1)).join('');
  return { edited: `${before}${replacement}${after}`, before, after };
}

const unintended = { unedited: new Set<string>(), edited: new Set<string>() };
const altered = new Set<string>();
const checked = { corpus: new Set<string>(), edited: new Set<string>(), malformed: new Set<string>() };

describe('byte preservation (through the service)', () => {
  it.each(Object.entries(CORPUS))('%s: open → save without an edit keeps every byte', async (name, text) => {
    const path = fileOf(`same-${name}`);
    const original = Buffer.from(text, 'utf8');
    writeFileSync(path, original);
    const opened = await open(path);
    await save(path, opened.source, opened.sha256);
    const after = readFileSync(path);
    if (!after.equals(original)) unintended.unedited.add(name);
    checked.corpus.add(name);
    expect(after.equals(original)).toBe(true);
  });

  it.each(Object.entries(CORPUS))('%s: one character edited changes only its bytes', async (name, text) => {
    const path = fileOf(`edit-${name}`);
    const original = Buffer.from(text, 'utf8');
    writeFileSync(path, original);
    const opened = await open(path);
    const { edited, before, after } = editMiddle(opened.source);
    await save(path, edited, opened.sha256);
    const saved = readFileSync(path);
    const keptBefore = Buffer.byteLength(before, 'utf8');
    const keptAfter = Buffer.byteLength(after, 'utf8');
    const ok =
      commonPrefix(original, saved) >= keptBefore &&
      commonSuffix(original, saved) >= keptAfter &&
      saved.length === keptBefore + 1 + keptAfter;
    if (!ok) unintended.edited.add(name);
    checked.edited.add(name);
    expect({ prefix: saved.subarray(0, keptBefore), suffix: saved.subarray(saved.length - keptAfter) }).toEqual({
      prefix: original.subarray(0, keptBefore),
      suffix: original.subarray(original.length - keptAfter),
    });
    expect(saved.length).toBe(keptBefore + 1 + keptAfter);
  });
});

describe('malformed input is refused, never silently altered', () => {
  it.each(Object.entries(MALFORMED_BYTES))('%s: refused on open with file, line and column', async (name, bad) => {
    const path = fileOf(`bad-${name}`);
    const bytes = Buffer.concat([Buffer.from('line one\nline two\nab'), Buffer.from(bad), Buffer.from('cd\n')]);
    writeFileSync(path, bytes);
    const opened = await service.openMeasure({ path });
    checked.malformed.add(name);
    if (opened.ok || !readFileSync(path).equals(bytes)) altered.add(name);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error).toMatchObject({ code: 'invalid-encoding', file: path, line: 3, column: 3 });
    expect(opened.error.message).toContain(path);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a UTF-16 file (BOM FF FE) at line 1, column 1', async () => {
    const path = fileOf('bad-utf16');
    const bytes = Buffer.from('\uFEFF# Title\n', 'utf16le');
    writeFileSync(path, bytes);
    const opened = await service.openMeasure({ path });
    checked.malformed.add('UTF-16');
    if (opened.ok || !readFileSync(path).equals(bytes)) altered.add('UTF-16');
    expect(!opened.ok && opened.error).toMatchObject({ code: 'invalid-encoding', file: path, line: 1, column: 1 });
  });

  it('refuses a file over the size cap without reading it as text', async () => {
    const path = fileOf('bad-too-large');
    writeFileSync(path, Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61));
    const opened = await service.openMeasure({ path });
    checked.malformed.add('over the size cap');
    if (opened.ok) altered.add('over the size cap');
    expect(!opened.ok && opened.error).toMatchObject({ code: 'too-large', file: path });
  });

  it.each(Object.entries(LONE_SURROGATE_TEXTS))('%s: refused at save, the file untouched', async (name, text) => {
    const path = fileOf(`lone-${name}`);
    writeFileSync(path, 'line one\nabcd\n');
    const opened = await open(path);
    const saved = await service.saveMeasure({ path, source: text, expectedSha256: opened.sha256 });
    checked.malformed.add(name);
    const untouched =
      readFileSync(path, 'utf8') === 'line one\nabcd\n' &&
      !existsSync(`${path}.bak`) &&
      readdirSync(folder).every((entry) => !entry.endsWith('.amend-tmp'));
    if (saved.ok || !untouched) altered.add(name);
    expect(!saved.ok && saved.error).toMatchObject({ code: 'invalid-encoding', file: path, line: 2, column: 3 });
    expect(untouched).toBe(true);
  });
});

describe('byte preservation figure', () => {
  it('reports it', () => {
    // A file counts once both of its checks ran (a save that threw counts as not checked).
    const files = [...checked.corpus].filter((name) => checked.edited.has(name)).length;
    const changed = new Set([...unintended.unedited, ...unintended.edited]).size;
    const malformed = checked.malformed.size;
    const expectedMalformed =
      Object.keys(MALFORMED_BYTES).length + Object.keys(LONE_SURROGATE_TEXTS).length + 2; /* UTF-16, size cap */
    reportFigure(
      'byte-preservation',
      `byte preservation: ${files} files, ${changed} unintended byte changes; ${malformed} malformed files, ${altered.size} silently altered`,
      files === Object.keys(CORPUS).length && changed === 0 && malformed === expectedMalformed && altered.size === 0,
    );
    expect({ files, changed, malformed, altered: [...altered] }).toEqual({
      files: Object.keys(CORPUS).length,
      changed: 0,
      malformed: expectedMalformed,
      altered: [],
    });
  });
});
