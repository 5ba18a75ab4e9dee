/**
 * `parseMeasure`: a `.measure.md` file → MeasureFile. Never throws: every problem becomes a message
 * naming the file, line and problem, and the parts that could be read are returned.
 */
import type { ParseMessage } from '../constitution/types';
import { isConflictHeading, readConflictRecord } from './conflict-record';
import { readFrontMatter } from './front-matter';
import { parsePartHeading, uncodifiedRole, type AmendmentHeading } from './part-heading';
import { scanParts, type FencedText, type ScannedPart } from './scan-parts';
import { LineIndex, trimBlankLines, nonBlankRange } from './source-text';
import { targetId } from './target';
import type { AmendmentPart, ConflictPart, MeasureFile, MeasurePart, UncodifiedPart } from './types';

/** Which fenced texts each operation needs (`required`) and may carry (`allowed`). */
const FENCES_BY_OP = {
  amend: { required: ['base', 'proposed'], allowed: ['base', 'proposed'] },
  add: { required: ['proposed'], allowed: ['proposed'] },
  repeal: { required: ['base'], allowed: ['base'] },
  renumber: { required: ['base'], allowed: ['base', 'proposed'] },
  move: { required: ['base'], allowed: ['base', 'proposed'] },
  retitle: { required: ['base', 'proposed'], allowed: ['base', 'proposed'] },
} as const;

/** Parse a measure file. `options.path` is used in messages. */
export function parseMeasure(source: string, options: { path?: string } = {}): MeasureFile {
  const file = options.path;
  const index = new LineIndex(source);
  const front = readFrontMatter(source, file);
  const messages: ParseMessage[] = [...front.messages];
  const report = (
    severity: ParseMessage['severity'],
    ruleId: string,
    message: string,
    line: number,
    hint?: string,
    column = 1,
  ): void => {
    messages.push({
      severity,
      ruleId,
      message,
      line,
      column,
      ...(file === undefined ? {} : { file }),
      ...(hint === undefined ? {} : { hint }),
    });
  };

  const body = scanParts(source, front.block.extent.end);
  const firstStray = body.preamble[0];
  if (firstStray !== undefined) {
    report(
      'warning',
      'text-before-parts',
      'text before the first "## " part is not part of the measure',
      firstStray.number,
      'Put it under a heading such as "## Findings and Declarations", or delete it.',
    );
  }

  const parts: MeasurePart[] = [];
  const conflicts: ConflictPart[] = [];
  const seenTargets = new Map<string, number>();
  for (const scanned of body.parts) {
    for (const fence of scanned.fences) {
      if (fence.closeLine === undefined) {
        report(
          'error',
          'unclosed-fence',
          `the fenced block opened here is never closed`,
          fence.openLine.number,
          'Close it with a fence line at least as long as the opening one.',
        );
      }
    }
    if (isConflictHeading(scanned.headingText)) {
      const read = readConflictRecord(scanned, index, file);
      messages.push(...read.messages);
      if (read.conflict !== undefined) conflicts.push(read.conflict);
      continue;
    }
    const position = { start: index.pointAt(scanned.extent.start), end: index.pointAt(scanned.lastLine.end) };
    const heading = parsePartHeading(scanned.headingText, {
      proposed: scanned.fences.find((fence) => fence.info === 'proposed')?.text,
    });
    if (heading.kind === 'amendment') {
      const part = amendmentPart(scanned, heading.heading, position, report);
      const earlier = seenTargets.get(part.target);
      if (earlier !== undefined) {
        report(
          'error',
          'duplicate-target',
          `${part.target} is already changed by the part at line ${earlier}`,
          scanned.headingLine.number,
          'Give each provision one amendment part.',
        );
      }
      seenTargets.set(part.target, scanned.headingLine.number);
      parts.push(part);
      continue;
    }
    if (heading.kind === 'invalid') {
      const severity = heading.severity ?? 'error';
      const ruleId = severity === 'error' ? 'invalid-amendment-heading' : 'unreadable-clause-heading';
      report(severity, ruleId, heading.problem, scanned.headingLine.number, heading.hint, 4);
    }
    if (scanned.headingText === '') {
      report('error', 'empty-heading', 'a "## " heading needs a text', scanned.headingLine.number);
    }
    parts.push(uncodifiedPart(source, scanned, position));
  }

  return {
    source,
    ...(file === undefined ? {} : { path: file }),
    meta: front.meta,
    frontMatterRaw: front.block.raw,
    frontMatterExtent: front.block.extent,
    unknownKeys: front.unknownKeys,
    parts,
    conflicts,
    messages,
  };
}

function uncodifiedPart(source: string, scanned: ScannedPart, position: UncodifiedPart['position']): UncodifiedPart {
  const range = nonBlankRange(source, scanned.bodyStart, scanned.extent.end);
  return {
    type: 'uncodified',
    heading: scanned.headingText,
    role: uncodifiedRole(scanned.headingText),
    body: trimBlankLines(source.slice(range.start, range.end)),
    position,
    extent: scanned.extent,
  };
}

type Report = (
  severity: ParseMessage['severity'],
  ruleId: string,
  message: string,
  line: number,
  hint?: string,
) => void;

function amendmentPart(
  scanned: ScannedPart,
  heading: AmendmentHeading,
  position: AmendmentPart['position'],
  report: Report,
): AmendmentPart {
  const rules = FENCES_BY_OP[heading.op];
  const texts = new Map<string, FencedText>();
  for (const fence of scanned.fences) {
    if (!(rules.allowed as readonly string[]).includes(fence.info)) {
      report(
        'warning',
        'unexpected-fence',
        `a "${heading.op}" part does not use a fenced "${fence.info || '(no info)'}" block; it is ignored`,
        fence.openLine.number,
        `Use fenced blocks with the info strings ${rules.allowed.map((info) => `"${info}"`).join(' and ')}.`,
      );
      continue;
    }
    if (texts.has(fence.info)) {
      report(
        'error',
        'duplicate-fence',
        `a second "${fence.info}" block in one part`,
        fence.openLine.number,
        'Keep one; delete the other.',
      );
      continue;
    }
    texts.set(fence.info, fence);
  }
  for (const required of rules.required) {
    if (!texts.has(required)) {
      report(
        'error',
        'missing-text',
        `"${scanned.headingText}" needs a fenced "${required}" block`,
        scanned.headingLine.number,
        required === 'base'
          ? 'Copy the official text it changes, exactly, between "~~~base" and "~~~".'
          : 'Write the new text between "~~~proposed" and "~~~".',
      );
    }
  }
  const firstLoose = scanned.looseLines[0];
  if (firstLoose !== undefined) {
    report(
      'warning',
      'ignored-text',
      'text outside the fenced blocks of an amendment part is ignored',
      firstLoose.number,
      'Amendment parts hold only "base" and "proposed" blocks; notes belong in an uncodified section or a YAML key.',
    );
  }
  const base = texts.get('base');
  const proposed = texts.get('proposed');
  return {
    type: 'amendment',
    op: heading.op,
    target: targetId(heading.target),
    ...(heading.to === undefined ? {} : { to: targetId(heading.to) }),
    heading: scanned.headingText,
    ...(base === undefined ? {} : { base: trimBlankLines(base.text) }),
    ...(proposed === undefined ? {} : { proposed: trimBlankLines(proposed.text) }),
    position,
    extent: scanned.extent,
  };
}
