/**
 * The numbered versions the kill -9 child saves, and the oracle that reads one back: a file is whole
 * only if it is exactly some version's bytes, and its number says whether an acknowledged save was lost.
 */
import { dirname, join } from 'node:path';
import { recoveryFileName } from '../../../../src/node/recovery-store';

/** The recovery-store key the child autosaves under in `recovery` mode. */
export const KILL_TEST_RECOVERY_KEY = 'untitled:kill-test';

/**
 * Version `round` of a `size`-byte file: `version <round>\n`, then one letter (A or B, alternating, so
 * a mix of two versions is visible anywhere in the file), then a final newline.
 */
export function versionText(round: number, size: number): string {
  const header = `version ${round}\n`;
  const letter = round % 2 === 0 ? 'A' : 'B';
  return `${header}${letter.repeat(size - header.length - 1)}\n`;
}

/** `letter` repeated, reused across checks (a compare is then one memcmp, even for 20 MB). */
const fills = new Map<string, Buffer>();
function fillOf(letter: string, length: number): Buffer {
  let fill = fills.get(letter);
  if (fill === undefined || fill.length < length) fills.set(letter, (fill = Buffer.alloc(length, letter)));
  return fill.subarray(0, length);
}

/** The round of the whole version `bytes` is, or undefined when it is torn (not exactly one version). */
export function versionRound(bytes: Uint8Array, size: number): number | undefined {
  if (bytes.length !== size) return undefined;
  const match = /^version (\d+)\n/.exec(Buffer.from(bytes.subarray(0, 32)).toString('latin1'));
  if (match === null) return undefined;
  const round = Number(match[1]);
  const headerLength = match[0].length;
  const letter = round % 2 === 0 ? 'A' : 'B';
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + headerLength, size - headerLength - 1);
  return body.equals(fillOf(letter, body.length)) && bytes[size - 1] === 0x0a ? round : undefined;
}

/** The recovery folder the child uses for `target` (beside it). */
export function recoveryFolderFor(target: string): string {
  return join(dirname(target), 'recovery');
}

/** Path of the child's recovery entry for `target`. */
export function recoveryEntryPath(target: string): string {
  return join(recoveryFolderFor(target), recoveryFileName(KILL_TEST_RECOVERY_KEY));
}
