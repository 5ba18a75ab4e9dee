/** The example measures and filing fixtures, read as the CLI reads them (exact text + SHA-256 of the bytes). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MeasureSource } from '../../../src/filing/measure-input';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXAMPLES = resolve(ROOT, 'resources/examples');
export const FILING_FIXTURES = resolve(ROOT, 'test/fixtures/filing');

export const REVISED_2017 = resolve(EXAMPLES, 'calexit-2017-revised.measure.md');
/** A coalition partner's revision: proponents Alex Example and Riley Placeholder (the revised one has Jordan Sample). */
export const PARTNER_2017 = resolve(EXAMPLES, 'calexit-2017-partner.measure.md');
export const REPEAL_2016 = resolve(EXAMPLES, 'calexit-2016-repeal.measure.md');
export const EXCERPT_EDITION = resolve(EXAMPLES, 'article-iii-excerpt.md');

/** A measure file as a MeasureSource (path relative to the repository, as a user would type it). */
export function measureSource(path: string): Required<MeasureSource> {
  const bytes = readFileSync(path);
  return {
    source: bytes.toString('utf8'),
    path: path.slice(ROOT.length + 1),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
