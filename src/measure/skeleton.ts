/**
 * The smallest valid measure file: front matter only. `amend measure --edited` fills it with
 * amendment blocks (syncAmendments); the app's "new measure" template adds the usual sections.
 */
import { stringify } from 'yaml';
import type { MeasureKind } from './types';

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
