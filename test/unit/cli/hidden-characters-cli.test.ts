/**
 * Hidden characters on the command line: `amend lint` on a hostile measure (golden of what a terminal
 * shows: the characters are named, never printed raw), the filing exports refusing error-level ones,
 * and `terminalSafe` making bidi controls and tag characters quoted from a file visible.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { terminalSafe } from '../../../src/cli/terminal-safe';
import { readMeasure } from '../../../src/filing/measure-input';
import { expectGolden } from '../../support/golden';
import { readFixture } from '../measure/fixtures';

const CASE = resolve(import.meta.dirname, '../../../test/fixtures/measure/hidden-characters');
const HOSTILE = 'hostile.measure.md';

/** Run `amend …` in `folder` through the real process streams (as a terminal sees them). */
async function amendOnTerminal(folder: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const written = { out: '', err: '' };
  const io = {
    ...processIo({
      stdout: { isTTY: true, write: (text: string) => (written.out += text) },
      stderr: { write: (text: string) => (written.err += text) },
    }),
    cwd: folder,
  };
  const code = await main(args, io);
  return { code, ...written };
}

function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'amend-hidden-'));
  copyFileSync(join(CASE, 'input.measure.md'), join(folder, HOSTILE));
  return folder;
}

/** Error-level hidden characters and terminal controls: none may reach a terminal raw. */
const RAW_DANGER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]|\p{Surrogate}|[\u{e0000}-\u{e007f}]/u;

describe('amend lint on a measure with hidden characters', () => {
  it('names every hidden character with its line and column (golden), exit 1, nothing raw', async () => {
    const result = await amendOnTerminal(scratch(), 'lint', HOSTILE);
    expect(result.code).toBe(1);
    expect(result.err).not.toMatch(RAW_DANGER);
    expect(result.out).not.toMatch(RAW_DANGER);
    expect(result.err).toContain(`${HOSTILE}:3:26: error: RIGHT-TO-LEFT OVERRIDE (U+202E): a bidi control`);
    expect(result.err).toContain(`${HOSTILE}:42:4: error: NULL (U+0000) × 500:`);
    expectGolden(join(CASE, 'lint.txt'), `${result.err}--- stdout ---\n${result.out}`);
  });

  it('lists the same findings in --json with their positions', async () => {
    const result = await amendOnTerminal(scratch(), 'lint', HOSTILE, '--json');
    const report = JSON.parse(result.out) as {
      messages: { ruleId: string; line: number; column: number; message: string }[];
    };
    const hidden = report.messages.filter((message) => message.ruleId === 'hidden-character');
    expect(hidden.map((message) => `${message.line}:${message.column}`)).toEqual([
      '3:26', '3:31', '24:24', '24:33', '24:34', '34:42', '38:77', '40:31', '42:4', '46:38', '50:89', '51:10', '57:46', '57:50', '58:84',
    ]); // prettier-ignore
  });

  it('refuses the filing exports, naming the first error-level character with its line and column', async () => {
    const folder = scratch();
    const result = await amendOnTerminal(folder, 'export', HOSTILE, '--format', 'md', '-o', 'out.md');
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${HOSTILE}:3:26: RIGHT-TO-LEFT OVERRIDE (U+202E): a bidi control`);
    expect(result.err).toContain('a filing must not contain it');
    const read = readMeasure({ source: readFixture('hidden-characters', 'input.measure.md'), path: 'm.md' });
    expect(read.ok ? undefined : read.error).toMatchObject({
      code: 'invalid-measure',
      file: 'm.md',
      line: 3,
      column: 26,
    });
  });

  it('exports a measure whose only hidden characters are warnings or notes', () => {
    const source = readFixture('hidden-characters', 'input.measure.md')
      .replace('Freedom\u202e tcA\u202c Act', 'Freedom Act')
      .replace('\u001b]0;PWNED\u0007\u001b[2K', '')
      .replace(/[\u{e0000}-\u{e007f}]/gu, '')
      .replaceAll('\u0000', '')
      .replace(/[\u2067\u2069]/g, '');
    expect(readMeasure({ source, path: 'm.md' }).ok).toBe(true);
  });
});

describe('terminalSafe and hidden characters', () => {
  it('shows bidi controls, tag characters, interlinear annotations and lone surrogates as <U+XXXX>', () => {
    expect(terminalSafe('title “a\u202Eb\u2066c\u061Cd”')).toBe('title “a<U+202E>b<U+2066>c<U+061C>d”');
    expect(terminalSafe('x\u{E0076}\u{E006F}y')).toBe('x<U+E0076><U+E006F>y');
    expect(terminalSafe('\uFFF9a\uFFFAb\uFFFB')).toBe('<U+FFF9>a<U+FFFA>b<U+FFFB>');
    expect(terminalSafe('a\ud800b\udc00')).toBe('a<U+D800>b<U+DC00>');
  });

  it('leaves zero-width joiners, variation selectors, unusual spaces and emoji as they are', () => {
    const text = 'family 👨\u200D👩\u200D👧, heart ❤\uFE0F, flag 🏳\uFE0F\u200D🌈, no-break\u00A0space, café';
    expect(terminalSafe(text)).toBe(text);
  });
});
