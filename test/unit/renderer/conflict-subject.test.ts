import { describe, expect, it } from 'vitest';
import { conflictSubjectLabel } from '../../../renderer/model/conflict-subject';

describe('merge conflict subjects as shown', () => {
  it('names front matter fields as the forms do, not by YAML path', () => {
    expect(conflictSubjectLabel('front matter: title')).toBe('Title of the measure');
    expect(conflictSubjectLabel('front matter: proponents')).toBe('Proponents');
    expect(conflictSubjectLabel('front matter: base.edition')).toBe('Base edition of the constitution');
    expect(conflictSubjectLabel('front matter: proponents[0].county')).toBe('Proponents');
  });
  it('keeps an unknown key readable and leaves provision subjects alone', () => {
    expect(conflictSubjectLabel('front matter: campaign')).toBe('Measure details (campaign)');
    expect(conflictSubjectLabel('Title')).toBe('Title');
    expect(conflictSubjectLabel('Amend Article III, Section 1')).toBe('Amend Article III, Section 1');
  });
});
