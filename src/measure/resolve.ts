/**
 * `resolveConflict`: settle one recorded conflict of a merged (or rebased) measure by keeping ours,
 * theirs or both. Works from the file alone: the `## Conflict N` record holds the alternatives, and
 * the live part is found by the provision or heading the record names.
 */
import { parse as parseYaml } from 'yaml';
import type { Extent } from '../constitution/types';
import { err, ok, type Result } from '../shared/result';
import { studioError } from '../shared/studio-error';
import type { MergeResult } from './merge';
import { parseMeasure } from './parse-measure';
import { parsePartHeading } from './part-heading';
import { partSlot, removePart, replaceExtent, setFrontMatterValue } from './splice';
import { targetId } from './target';
import type { ConflictPart, MeasureFile, MeasurePart } from './types';

export type ConflictChoice = 'ours' | 'theirs' | 'both';

const FRONT_MATTER_SUBJECT = /^front matter:\s*(.+)$/;

/** The live part a conflict record is about, if it is still in the file. */
function livePart(measure: MeasureFile, conflict: ConflictPart): MeasurePart | undefined {
  const heading = parsePartHeading(conflict.subject);
  if (heading.kind === 'amendment') {
    const id = targetId(heading.heading.target);
    return measure.parts.find((part) => part.type === 'amendment' && part.target === id);
  }
  const wanted = conflict.subject.trim().replace(/\s+/g, ' ').toLowerCase();
  return measure.parts.find(
    (part) => part.type === 'uncodified' && part.heading.trim().replace(/\s+/g, ' ').toLowerCase() === wanted,
  );
}

function chosenText(conflict: ConflictPart, choice: ConflictChoice): string | undefined {
  if (choice === 'ours') return conflict.ours.text;
  if (choice === 'theirs') return conflict.theirs.text;
  return conflict.both;
}

function toResult(source: string, path: string | undefined): MergeResult {
  const measure = parseMeasure(source, path === undefined ? {} : { path });
  return {
    source,
    conflicts: measure.conflicts,
    messages: measure.messages.filter((message) => message.severity === 'error'),
  };
}

/** Splice several disjoint extents, last first. */
function spliceAll(source: string, edits: readonly { extent: Extent; text: string }[]): string {
  return [...edits]
    .sort((a, b) => b.extent.start - a.extent.start)
    .reduce((text, edit) => replaceExtent(text, edit.extent, edit.text), source);
}

/**
 * The YAML value a front matter conflict's chosen fence holds (undefined for an empty fence). The
 * record comes from a partner's file, so bad YAML is an error Result, never a throw.
 */
function chosenYamlValue(text: string): Result<unknown, string> {
  if (text.trim() === '') return ok(undefined);
  try {
    return ok(parseYaml(text));
  } catch (error) {
    return err((error instanceof Error ? error.message : String(error)).split('\n')[0]!);
  }
}

/**
 * Resolve conflict `conflictId` of a merge result (or a measure source) by keeping `ours`, `theirs`
 * or `both`. The record is removed; the live part (or front matter value) takes the chosen text.
 */
export function resolveConflict(
  merged: MergeResult | string,
  conflictId: number,
  choice: ConflictChoice,
  options: { path?: string } = {},
): Result<MergeResult> {
  const source = typeof merged === 'string' ? merged : merged.source;
  const measure = parseMeasure(source, options.path === undefined ? {} : { path: options.path });
  const conflict = measure.conflicts.find((candidate) => candidate.id === conflictId);
  if (conflict === undefined) {
    return err(
      studioError('not-found', `there is no unresolved conflict ${conflictId}`, {
        ...(options.path === undefined ? {} : { file: options.path }),
        hint: `Open conflicts: ${measure.conflicts.map((candidate) => candidate.id).join(', ') || 'none'}.`,
      }),
    );
  }
  const text = chosenText(conflict, choice);
  if (text === undefined) {
    return err(
      studioError('invalid-request', `conflict ${conflictId} (${conflict.kind}) cannot keep both sides`, {
        line: conflict.position.start.line,
        hint: 'Choose "ours" or "theirs", then edit the text by hand if needed.',
      }),
    );
  }
  const withoutRecord = removePart(source, conflict.extent);
  const frontMatter = FRONT_MATTER_SUBJECT.exec(conflict.subject);
  if (frontMatter !== null) {
    if (choice === 'ours') return ok(toResult(withoutRecord, options.path));
    const value = chosenYamlValue(text);
    if (!value.ok) {
      return err(
        studioError(
          'invalid-request',
          `conflict ${conflictId}: the ${choice} value is not valid YAML (${value.error})`,
          {
            line: conflict.position.start.line,
            hint: 'Fix the YAML in the fenced block, or keep "ours".',
          },
        ),
      );
    }
    const set = setFrontMatterValue(withoutRecord, frontMatter[1]!.trim().split('.'), value.value);
    return set.ok ? ok(toResult(set.value, options.path)) : set;
  }
  if (choice === 'ours') return ok(toResult(withoutRecord, options.path));
  const live = livePart(measure, conflict);
  const edits: { extent: Extent; text: string }[] = [];
  if (live !== undefined) {
    edits.push({ extent: conflict.extent, text: '' });
    edits.push({
      extent: live.extent,
      text: text.trim() === '' ? '' : partSlot(source, text, live.extent.end >= source.length),
    });
  } else {
    edits.push({
      extent: conflict.extent,
      text: text.trim() === '' ? '' : partSlot(source, text, conflict.extent.end >= source.length),
    });
  }
  const spliced = spliceAll(source, edits);
  return ok(toResult(spliced.replace(/(\r?\n)\s*$/, '$1'), options.path));
}
