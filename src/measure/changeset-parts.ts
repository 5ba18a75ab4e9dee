/**
 * From a ChangeSet (base → edited constitution) to amendment blocks: one block per operation (the
 * subdivisions added to one section make one block amending that section), with
 * the exact official text it changes (read from the base) and the proposed text (read from the
 * edited document), trimmed of surrounding blank lines like every block text.
 */
import { indexById } from '../constitution/locate';
import { sectionBody } from '../constitution/text';
import type { LegalDoc, ParseMessage } from '../constitution/types';
import type { ChangeOp, ChangeSet } from '../diff/types';
import { officialText } from './official-text';
import type { AmendmentSpec } from './part-format';
import { parseTargetId } from './target';
import { trimBlankLines } from './source-text';

export interface ChangeSetParts {
  /** In the ChangeSet's (constitution) order. */
  readonly specs: readonly AmendmentSpec[];
  /** Changes a measure block cannot express (preamble, article introductions, reordering). */
  readonly messages: readonly ParseMessage[];
}

function editedSectionText(edited: LegalDoc, id: string): string | undefined {
  const node = indexById(edited).get(id);
  return node?.type === 'section' ? trimBlankLines(sectionBody(edited, node)) : undefined;
}

function editedArticleText(edited: LegalDoc, id: string): string | undefined {
  const node = indexById(edited).get(id);
  return node?.type === 'article' ? trimBlankLines(edited.source.slice(node.extent.start, node.extent.end)) : undefined;
}

function unsupported(op: ChangeOp, what: string): ParseMessage {
  return {
    severity: 'warning',
    ruleId: 'unsupported-change',
    message: `${op.citation}: ${what} cannot be written as an amendment block, so the measure does not include it`,
    line: 1,
    column: 1,
    hint: 'Make the change inside a section, or draft its clause by hand in an uncodified section.',
  };
}

/** The block restating a whole section as edited (undefined when its text did not change). */
function sectionAmendment(section: string, base: LegalDoc, edited: LegalDoc): AmendmentSpec | undefined {
  const before = officialText(base, 'amend', section);
  const after = editedSectionText(edited, section);
  if (before === undefined || after === undefined || before === after) return undefined;
  return { op: 'amend', target: section, base: before, proposed: after };
}

function specOf(op: ChangeOp, base: LegalDoc, edited: LegalDoc): AmendmentSpec | ParseMessage | undefined {
  switch (op.op) {
    case 'amend': {
      // The prefix is the front matter and title, but also where text added before the first article of
      // an edition without a preamble lands: never drop it silently.
      if (op.kind === 'prefix')
        return unsupported(op, 'a change before the first article (title, front matter or preamble)');
      if (op.kind !== 'section')
        return unsupported(op, `a change to the ${op.kind === 'preamble' ? 'preamble' : 'article introduction'}`);
      return sectionAmendment(op.target, base, edited);
    }
    case 'add': {
      // A measure amends sections, never subdivisions: the section is restated with the new text.
      if (op.kind === 'subdivision') return sectionAmendment(op.section, base, edited);
      const proposed =
        op.kind === 'section' ? editedSectionText(edited, op.target) : editedArticleText(edited, op.target);
      return proposed === undefined ? undefined : { op: 'add', target: op.target, proposed };
    }
    case 'repeal': {
      const before = officialText(base, 'repeal', op.target);
      return before === undefined ? undefined : { op: 'repeal', target: op.target, base: before };
    }
    case 'renumber':
    case 'move': {
      const before = officialText(base, op.op, op.from);
      const after = editedSectionText(edited, op.to);
      if (before === undefined || after === undefined) return undefined;
      return { op: op.op, target: op.from, to: op.to, base: before, ...(after === before ? {} : { proposed: after }) };
    }
    case 'retitle':
      return { op: 'retitle', target: op.target, base: op.from, proposed: op.to };
    case 'reorder':
      return unsupported(op, 'moving a provision without renumbering it');
  }
}

/** True when a block heading can name the spec's provisions (`Article III, Section 1`). */
function citable(spec: AmendmentSpec): boolean {
  return parseTargetId(spec.target) !== undefined && (spec.to === undefined || parseTargetId(spec.to) !== undefined);
}

/** The amendment blocks that express `changes` (made by `semanticDiff(base, edited)`). */
export function changeSetParts(changes: ChangeSet, base: LegalDoc, edited: LegalDoc): ChangeSetParts {
  const specs: AmendmentSpec[] = [];
  const messages: ParseMessage[] = [];
  // Sections already restated for an added subdivision (one block however many were added).
  const restated = new Set<string>();
  for (const op of changes.ops) {
    if (op.op === 'add' && op.kind === 'subdivision') {
      if (restated.has(op.section)) continue;
      restated.add(op.section);
    }
    const result = specOf(op, base, edited);
    if (result === undefined) continue;
    if ('ruleId' in result) messages.push(result);
    else if (!citable(result)) {
      // A provision whose number the text holds twice has an id like `art-I~2`, which no block heading
      // can name: a block written for it could never be read back (and each sync added another).
      messages.push(unsupported(op, 'a change to a provision whose number appears twice in the text'));
    } else specs.push(result);
  }
  return { specs, messages };
}
