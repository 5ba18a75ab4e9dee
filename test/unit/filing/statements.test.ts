import { describe, expect, it } from 'vitest';
import { certification9001, countyPhrase, statement9608 } from '../../../src/filing/statements';

// The statutory forms, copied from ca-filing-rules.md §1.1 items 3 and 5 (verbatim).
const EC_9001_B_1 =
  'I, (insert name), declare under penalty of perjury that I am a citizen of the United States, 18 years of age or older, and a resident of (insert county), California.';
const EC_9608 =
  'I, ___, acknowledge that it is a misdemeanor under state law (Section 18650 of the Elections Code) to knowingly or willfully allow the signatures on an initiative petition to be used for any purpose other than qualification of the proposed measure for the ballot. I certify that I will not knowingly or willfully allow the signatures for this initiative to be used for any purpose other than qualification of the measure for the ballot.';

describe('statutory statements', () => {
  it('fills the EC 9001(b)(1) form and changes nothing else', () => {
    expect(certification9001('Alex Example', 'San Diego')).toBe(
      EC_9001_B_1.replace('(insert name)', 'Alex Example').replace('(insert county)', 'San Diego County'),
    );
  });

  it('fills the EC 9608 form and changes nothing else', () => {
    expect(statement9608('Jordan Sample')).toBe(EC_9608.replace('___', 'Jordan Sample'));
  });

  it('writes the county as a county once', () => {
    expect(countyPhrase('Los Angeles')).toBe('Los Angeles County');
    expect(countyPhrase('Los Angeles County')).toBe('Los Angeles County');
    expect(countyPhrase('City and County of San Francisco')).toBe('City and County of San Francisco');
  });
});
