/**
 * The imported measure as a `.measure.md` file: front matter (written through the yaml library,
 * provenance and placeholders explained in comments), then the parts in filing order, each
 * `lost-marks` conflict record right after the block it is about (README "The measure file format").
 */
import { stringify } from 'yaml';
import { formatConflictRecord } from '../conflict-record';
import { formatAmendmentPart, formatUncodifiedPart, type AmendmentSpec } from '../part-format';
import type { MeasureKind, MeasureOptions } from '../types';

/** The revision label of every imported measure. */
export const IMPORTED_REVISION_LABEL = 'Imported';

export type PartDraft =
  | { readonly type: 'uncodified'; readonly heading: string; readonly body: string }
  | {
      readonly type: 'amendment';
      readonly heading: string;
      readonly spec: AmendmentSpec;
      /** The alternative of a lost-marks conflict. */
      readonly theirs?: AmendmentSpec;
    };

export interface MeasureDraft {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly edition: string;
  readonly sha256: string;
  readonly options: MeasureOptions;
  /** Comment lines for the top of the front matter (without `# `). */
  readonly comments: readonly string[];
  readonly parts: readonly PartDraft[];
}

function commentLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat === '' ? '#' : `# ${flat}`;
}

/** The whole file. */
export function writeMeasure(draft: MeasureDraft): string {
  const frontMatter = stringify(
    {
      title: draft.title,
      kind: draft.kind,
      proponents: [],
      base: { edition: draft.edition, sha256: draft.sha256 },
      revision: { label: IMPORTED_REVISION_LABEL },
      options: { enactingClause: draft.options.enactingClause, sectionStyle: draft.options.sectionStyle },
    },
    { lineWidth: 0 },
  );
  const pieces: string[] = [];
  let conflicts = 0;
  for (const part of draft.parts) {
    if (part.type === 'uncodified') {
      pieces.push(formatUncodifiedPart(part.heading.replace(/\s+/g, ' ').trim(), part.body));
      continue;
    }
    const live = formatAmendmentPart(part.spec);
    pieces.push(live);
    if (part.theirs === undefined) continue;
    conflicts++;
    pieces.push(
      formatConflictRecord({
        id: conflicts,
        subject: part.heading,
        kind: 'lost-marks',
        ours: { who: 'imported as filed: every restated word kept, none struck', text: live },
        theirs: {
          who: 'the edition unchanged: the struck and inserted words are unknown',
          text: formatAmendmentPart(part.theirs),
        },
      }),
    );
  }
  const comments = draft.comments.map(commentLine).join('\n');
  return `---\n${comments === '' ? '' : `${comments}\n`}${frontMatter}---\n\n${pieces.join('\n\n')}\n`;
}
