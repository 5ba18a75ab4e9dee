/**
 * The text of a new measure: front matter (title, kind, base edition with its hash, a draft
 * revision, default options) and the usual uncodified sections, with bracketed prompts where the
 * drafter writes. YAML values go through the yaml library, so any title is quoted correctly.
 */
import { stringify } from 'yaml';
import type { EditionSummary } from '../api/contract';
import { TEMPLATE_PLACEHOLDERS } from '../measure/skeleton';
import type { MeasureKind } from '../measure/types';

export interface NewMeasureInput {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly edition: Pick<EditionSummary, 'id' | 'sha256'>;
  /** `YYYY-MM-DD`. */
  readonly date: string;
}

const SEVERABILITY =
  'The provisions of this measure are severable. If any portion, section, subdivision, paragraph, clause, ' +
  'sentence, phrase, word, or application of this measure is for any reason held to be invalid by a decision ' +
  'of any court of competent jurisdiction, that decision shall not affect the validity of the remaining ' +
  'portions of this measure.';

/** The source of a new measure file. */
export function newMeasureSource(input: NewMeasureInput): string {
  const frontMatter = stringify(
    {
      title: input.title,
      kind: input.kind,
      proponents: [],
      base: { edition: input.edition.id, sha256: input.edition.sha256 },
      revision: { label: 'Draft', date: input.date },
      options: { enactingClause: true, sectionStyle: 'sec' },
    },
    { lineWidth: 0 },
  );
  return [
    '---',
    frontMatter.trimEnd(),
    '---',
    '',
    '## Title',
    '',
    `This measure shall be known and may be cited as the “${input.title}”.`,
    '',
    '## Findings and Declarations',
    '',
    'The People of the State of California find and declare all of the following:',
    '',
    `(a) ${TEMPLATE_PLACEHOLDERS.finding}`,
    '',
    '## Purpose and Intent',
    '',
    TEMPLATE_PLACEHOLDERS.purpose,
    '',
    '## Severability',
    '',
    SEVERABILITY,
    '',
  ].join('\n');
}
