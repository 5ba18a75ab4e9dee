/**
 * Writing parts of a measure file: the one formatter of amendment blocks and uncodified sections,
 * used by sync, merge, rebase and conflict resolution (always spliced in, never the whole file).
 */
import { fencedBlock } from './fence';
import { formatPartHeading } from './part-heading';
import { parseTargetId } from './target';
import type { AmendmentOpKind, AmendmentPart, UncodifiedPart } from './types';

/** What an amendment block says, without positions. */
export interface AmendmentSpec {
  readonly op: AmendmentOpKind;
  readonly target: string;
  readonly to?: string;
  readonly base?: string;
  readonly proposed?: string;
}

/** The spec of a parsed part. */
export function amendmentSpec(part: AmendmentPart): AmendmentSpec {
  return {
    op: part.op,
    target: part.target,
    ...(part.to === undefined ? {} : { to: part.to }),
    ...(part.base === undefined ? {} : { base: part.base }),
    ...(part.proposed === undefined ? {} : { proposed: part.proposed }),
  };
}

/** Same operation, destination and texts. */
export function sameAmendment(a: AmendmentSpec, b: AmendmentSpec): boolean {
  return a.op === b.op && a.target === b.target && a.to === b.to && a.base === b.base && a.proposed === b.proposed;
}

/** The heading text of an amendment block (`Amend Article III, Section 1`). */
export function amendmentHeading(spec: AmendmentSpec): string {
  const target = parseTargetId(spec.target);
  const to = spec.to === undefined ? undefined : parseTargetId(spec.to);
  if (target === undefined) return `${spec.op} ${spec.target}`;
  return formatPartHeading({ op: spec.op, target, ...(to === undefined ? {} : { to }) });
}

/** An amendment block's Markdown: heading, then fenced `base` and `proposed` texts (no trailing newline). */
export function formatAmendmentPart(spec: AmendmentSpec): string {
  const pieces = [`## ${amendmentHeading(spec)}`];
  if (spec.base !== undefined) pieces.push(fencedBlock('base', spec.base));
  if (spec.proposed !== undefined) pieces.push(fencedBlock('proposed', spec.proposed));
  return pieces.join('\n\n');
}

/** An uncodified section's Markdown (no trailing newline). */
export function formatUncodifiedPart(heading: string, body: string): string {
  return body.trim() === '' ? `## ${heading}` : `## ${heading}\n\n${body}`;
}

/** The Markdown of a parsed part as the formatter would write it. */
export function formatPart(part: AmendmentPart | UncodifiedPart): string {
  return part.type === 'amendment'
    ? formatAmendmentPart(amendmentSpec(part))
    : formatUncodifiedPart(part.heading, part.body);
}
