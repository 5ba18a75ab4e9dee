import { describe, expect, it } from 'vitest';
import { filingFeeOn, formatDollars } from '../../../src/filing/fees';

describe('filingFeeOn', () => {
  it('charges $200 before 2016 and $2,000 from January 1, 2016', () => {
    const amount = (date: string): number | undefined => {
      const row = filingFeeOn(date);
      return row.ok ? row.value.amount : undefined;
    };
    expect(amount('2015-07-20')).toBe(200);
    expect(amount('2015-12-31')).toBe(200);
    expect(amount('2016-01-01')).toBe(2000);
    expect(amount('2017-04-14')).toBe(2000);
  });

  it('reads the row from the table it is given (the amount is data, not a constant)', () => {
    const table = [{ from: '2030-01-01', amount: 5000, authority: 'a future statute' }];
    const row = filingFeeOn('2031-02-03', table);
    expect(row.ok && row.value.amount).toBe(5000);
    expect(filingFeeOn('2020-01-01', table).ok).toBe(false);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    const row = filingFeeOn('April 14, 2017');
    expect(row.ok).toBe(false);
    if (!row.ok) expect(row.error.message).toContain('YYYY-MM-DD');
  });

  it('formats dollars with a thousands separator', () => {
    expect(formatDollars(2000)).toBe('$2,000');
    expect(formatDollars(200)).toBe('$200');
  });
});
