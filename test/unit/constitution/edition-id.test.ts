import { describe, expect, it } from 'vitest';
import { editionId } from '../../../src/constitution/edition-id';
import { parseConstitution } from '../../../src/constitution/parse';

const BODY = '## Article I\n\n### Section 1\n\nText.\n';

describe('editionId', () => {
  it('prefers the edition the file declares', () => {
    const doc = parseConstitution(`---\nedition: ca-2026-11-01\n---\n\n${BODY}`, { path: '/home/me/x.md' });
    expect(editionId(doc)).toBe('ca-2026-11-01');
  });

  it('falls back to the file name without folders or extension (POSIX and Windows paths)', () => {
    expect(editionId(parseConstitution(BODY, { path: '/home/me/drafts/constitution-2026.md' }))).toBe(
      'constitution-2026',
    );
    expect(editionId(parseConstitution(BODY, { path: 'C:\\Users\\me\\ca.markdown' }))).toBe('ca');
  });

  it('uses the fallback when there is neither', () => {
    expect(editionId(parseConstitution(BODY))).toBe('edition');
    expect(editionId(parseConstitution(BODY), 'new-edition')).toBe('new-edition');
  });
});
