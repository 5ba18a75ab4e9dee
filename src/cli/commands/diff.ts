/**
 * `amend diff OLD.md NEW.md [--json]`: the semantic diff of two constitution texts, one line per
 * operation (`amend  Article III, Section 1  −2 words +1 word`), or the ChangeSet as JSON.
 */
import { parseConstitution } from '../../constitution/parse';
import type { LegalDoc } from '../../constitution/types';
import { semanticDiff } from '../../diff/semantic-diff';
import { summarizeOp } from '../../diff/summary';
import type { ChangeSet } from '../../diff/types';
import { flagOption, parseCommandArgs } from '../args';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliCommand } from '../command';
import type { CliIo } from '../io';
import { printMessages, readInput } from '../inputs';

const USAGE = `Usage: amend diff OLD.md NEW.md [--json]

Compare two constitution texts and print what changed, one operation per line in constitution
order: amend (word-level), add (a section, an article, or a whole new subdivision when that is the
section's only change), repeal, renumber, move, retitle, reorder.

Options:
  --json   print { changes, baseHash, editedHash, approximate } on stdout: every operation with its
           op, target, citation and details (an amend carries "redline": [{ type, text }], a
           renumber or move "from" and "to", an add of kind "subdivision" its "section", "offset"
           and "text"); applying them to OLD.md gives NEW.md exactly
  -h, --help

Parse problems of both files are printed on stderr as file:line:column: severity: message, so a
heading the parser did not recognise (read as text of the section before it) is not mistaken for
an amendment. Warnings do not stop the diff or change the exit status; parse errors stop it.
Exit status: 0 compared, 1 a file cannot be read or has parse errors, 2 bad usage.
`;

/** The `--json` document (its fields are a contract other tools rely on). */
export function diffReport(changes: ChangeSet): unknown {
  return {
    changes: changes.ops,
    baseHash: changes.baseHash,
    editedHash: changes.editedHash,
    approximate: changes.approximate,
  };
}

/** The human report: one summary line per operation. */
export function diffSummary(changes: ChangeSet): string {
  if (changes.ops.length === 0) return 'No changes.\n';
  return `${changes.ops.map(summarizeOp).join('\n')}\n`;
}

/**
 * Read and parse one side of the diff. Every problem is printed (warnings too: an unrecognised
 * heading silently becomes text of the section before it, which reads as an amend plus a repeal);
 * errors make it undefined.
 */
async function readDocument(io: CliIo, file: string): Promise<LegalDoc | undefined> {
  const text = await readInput(io, 'diff', file);
  if (text === undefined) return undefined;
  const doc = parseConstitution(text, { path: file });
  printMessages(io, doc.messages, file);
  const errors = doc.messages.filter((message) => message.severity === 'error').length;
  if (errors === 0) return doc;
  io.err(`amend diff: ${file} has ${errors === 1 ? 'a parse error' : `${errors} parse errors`}; fix it first.\n`);
  return undefined;
}

/** The `amend diff` command. */
export const diffCommand: CliCommand = {
  name: 'diff',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (parsed.positionals.length !== 2) {
      throw new UsageError(
        parsed.positionals.length < 2
          ? 'name the old and the new file'
          : 'expected exactly two files, OLD.md and NEW.md',
      );
    }
    const [oldFile, newFile] = parsed.positionals as [string, string];
    const base = await readDocument(io, oldFile);
    const edited = await readDocument(io, newFile);
    if (base === undefined || edited === undefined) return EXIT_INPUT_ERROR;
    const changes = semanticDiff(base, edited);
    if (flagOption(parsed, 'json')) io.out(`${JSON.stringify(diffReport(changes), null, 2)}\n`);
    else {
      io.out(diffSummary(changes));
      if (changes.approximate) {
        io.err('amend diff: note: a redline hit its cost cap; it is exact but not the smallest possible.\n');
      }
    }
    return EXIT_OK;
  },
};
