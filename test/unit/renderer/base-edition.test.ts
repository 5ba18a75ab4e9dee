import { describe, expect, it } from 'vitest';
import { editionForBase } from '../../../renderer/model/base-edition';
import type { EditionSummary } from '../../../src/api/contract';

const RAW_2011 = '4923edb1981cc4cb919bbefc5380fd696e90f05c837a1be9711214f3a52a27b7';
const CANONICAL_2011 = '8fa8e316bfca'.padEnd(64, '0');

function edition(id: string, sha256: string, sourceSha256?: string): EditionSummary {
  return {
    id,
    title: id,
    importedFrom: `${id}.md`,
    importedAt: '2026-11-25T12:00:00.000Z',
    sourceFormat: sourceSha256 === undefined ? 'canonical-markdown' : 'markdown-2011',
    sha256,
    ...(sourceSha256 === undefined ? {} : { sourceSha256 }),
    bytes: 1,
    articles: 1,
    sections: 1,
  };
}

describe('the edition a measure names', () => {
  const imported = edition('constitution-of-the-state-of-california', CANONICAL_2011, RAW_2011);
  const other = edition('other', 'f'.repeat(64));

  it('is the edition imported from the file the measure was drafted against (CLI: raw file hash)', () => {
    expect(editionForBase([other, imported], { edition: 'california-constitution-2011', sha256: RAW_2011 })).toBe(
      imported,
    );
  });

  it('is the edition whose stored text has the hash', () => {
    expect(editionForBase([other, imported], { edition: 'anything', sha256: CANONICAL_2011 })).toBe(imported);
  });

  it('prefers the stored text over another edition imported from the same source', () => {
    const stored = edition('prepared', RAW_2011);
    expect(editionForBase([imported, stored], { edition: 'x', sha256: RAW_2011 })).toBe(stored);
  });

  it('falls back to the id, and otherwise finds nothing', () => {
    expect(editionForBase([other, imported], { edition: 'other', sha256: '0'.repeat(64) })).toBe(other);
    expect(editionForBase([other, imported], { edition: 'missing', sha256: '0'.repeat(64) })).toBeUndefined();
    expect(editionForBase([other], undefined)).toBeUndefined();
  });
});
