import { describe, expect, it } from 'vitest';
import { addresseeLines, DEFAULT_ADDRESSEE } from '../../../src/filing/addressee';
import { longDate, isIsoDate } from '../../../src/filing/dates';

describe('addresseeLines', () => {
  const office = [
    'Initiative Coordinator',
    'Office of the Attorney General',
    '1300 I Street',
    'Sacramento, California 95814-2919',
  ];

  it('defaults to the Initiative Coordinator at the Sacramento office', () => {
    expect(addresseeLines(undefined)).toEqual(office);
    expect(addresseeLines(DEFAULT_ADDRESSEE)).toEqual(office);
  });

  it('puts a bare name above the office address', () => {
    expect(addresseeLines('Ms. Emily Gargiulo')).toEqual(['Ms. Emily Gargiulo', ...office]);
  });

  it('splits a full address at its commas, keeping "City, State ZIP" together', () => {
    expect(addresseeLines('Office of the Attorney General, 1300 "I" Street, Sacramento, California 95814')).toEqual([
      'Office of the Attorney General',
      '1300 "I" Street',
      'Sacramento, California 95814',
    ]);
  });
});

describe('dates', () => {
  it('prints ISO dates as a letter does', () => {
    expect(longDate('2017-04-14')).toBe('April 14, 2017');
    expect(longDate('2016-11-01')).toBe('November 1, 2016');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2017-02-29')).toBe(false);
    expect(isIsoDate('2017-4-14')).toBe(false);
  });
});
