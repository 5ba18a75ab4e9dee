import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROPONENT,
  fromDraft,
  normaliseCounty,
  toDraft,
  validateProponent,
  validateProponents,
} from '../../../renderer/model/proponent-form-model';

const valid = { ...EMPTY_PROPONENT, name: 'Marcus Ruiz Evans', county: 'Fresno', email: 'proponent@example.org' };

describe('validateProponent', () => {
  it('accepts a complete proponent', () => {
    expect(validateProponent(valid)).toEqual({});
  });
  it('names each missing or wrong field', () => {
    const errors = validateProponent({ ...EMPTY_PROPONENT, county: 'Gotham', phone: '12' });
    expect(Object.keys(errors).sort()).toEqual(['county', 'name', 'phone']);
    expect(errors.county).toContain('not a California county');
  });
  it('requires one way of contact', () => {
    expect(validateProponent({ ...valid, email: '' }).email).toContain('at least one way');
    expect(validateProponent({ ...valid, email: '', address: 'PO Box 1, Sacramento, CA' })).toEqual({});
  });
  it('checks email and phone shapes', () => {
    expect(validateProponent({ ...valid, email: 'not an email' }).email).toContain('not an email');
    expect(validateProponent({ ...valid, phone: '(916) 555-0100' })).toEqual({});
    expect(validateProponent({ ...valid, phone: '+1 916 555 0100' })).toEqual({});
  });
});

describe('validateProponents', () => {
  it('needs at least one proponent', () => {
    const none = validateProponents([]);
    expect(none.valid).toBe(false);
    expect(none.list).toContain('at least one');
    expect(validateProponents([valid]).valid).toBe(true);
    expect(validateProponents([valid, EMPTY_PROPONENT]).valid).toBe(false);
  });
});

describe('county names and round trip', () => {
  it('normalises case and a trailing "County"', () => {
    expect(normaliseCounty('los angeles county')).toBe('Los Angeles');
    expect(normaliseCounty('  San Luis Obispo ')).toBe('San Luis Obispo');
  });
  it('writes only the contact fields that were filled in', () => {
    const proponent = fromDraft({ ...valid, county: 'fresno county' });
    expect(proponent).toEqual({
      name: 'Marcus Ruiz Evans',
      county: 'Fresno',
      contact: { email: 'proponent@example.org' },
    });
    expect(toDraft(proponent)).toEqual({ ...valid, county: 'Fresno' });
  });
});
