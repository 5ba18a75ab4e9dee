import { describe, expect, it } from 'vitest';
import { editionNote, editionYear } from '../../../renderer/model/edition-age';

describe('edition currency note', () => {
  it('reads the latest year from the title or the file name', () => {
    expect(
      editionYear({
        title: 'Constitution of the State of California',
        importedFrom: 'california-constitution-2011.md',
      }),
    ).toBe(2011);
    expect(editionYear({ title: 'California Constitution (1879, as amended 2018)', importedFrom: 'x.md' })).toBe(2018);
    expect(editionYear({ title: 'Constitution', importedFrom: 'cons.txt' })).toBeUndefined();
  });
  it('says plainly that a dated older edition is not current law', () => {
    const note = editionNote(
      { title: 'Constitution', importedFrom: 'california-constitution-2011.md' },
      new Date('2026-11-25'),
    );
    expect(note).toContain('2011');
    expect(note).toContain('not current law');
  });
  it('still warns when no year can be read', () => {
    expect(editionNote({ title: 'Constitution', importedFrom: 'cons.txt' })).toContain('cannot tell whether');
  });
});
