/**
 * The smallest valid measure file: front matter only. `amend measure --edited` fills it with
 * amendment blocks (syncAmendments); the app's "new measure" template adds the usual sections.
 */
import { stringify } from 'yaml';
import type { MeasureKind } from './types';

/**
 * The bracketed prompts the app's new-measure template (src/node/measure-template.ts) puts where the
 * drafter writes. `amend lint` reports any left in the text (lint-placeholders.ts): these exact
 * words, never any bracketed text, since filed measures quote bracketed text of their own.
 */
export const TEMPLATE_PLACEHOLDERS = {
  finding: '[State the first finding.]',
  purpose: '[State the purpose of this measure.]',
} as const;

/** Every template prompt, for the lint rule. */
export const TEMPLATE_PLACEHOLDER_TEXTS: readonly string[] = Object.values(TEMPLATE_PLACEHOLDERS);

export interface SkeletonInput {
  readonly title: string;
  readonly kind?: MeasureKind;
  readonly edition: string;
  readonly sha256: string;
  readonly revisionLabel?: string;
}

/** Front matter (written through the yaml library, so any title is quoted correctly) and nothing else. */
export function measureSkeleton(input: SkeletonInput): string {
  const frontMatter = stringify(
    {
      title: input.title,
      kind: input.kind ?? 'constitutional amendment',
      proponents: [],
      base: { edition: input.edition, sha256: input.sha256 },
      revision: { label: input.revisionLabel ?? 'Draft' },
      options: { enactingClause: true, sectionStyle: 'sec' },
    },
    { lineWidth: 0 },
  );
  return `---\n${frontMatter}---\n`;
}
