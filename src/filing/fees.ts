/**
 * The Attorney General's filing fee for a proposed initiative (Elections Code section 9001(c)), by
 * date: $200 from 1943 until AB 1100 (2015) raised it to $2,000 for filings from 1 January 2016.
 * The request letter's date picks the row. Sources: ca-filing-rules.md §1.2 (the 2016 start date is
 * the ordinary statute effective date — an inference, printed as such in the packet's notes).
 */
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';

export interface FeeRow {
  /** First day the fee applies (`YYYY-MM-DD`, inclusive); absent for the oldest row. */
  readonly from?: string;
  /** First day it no longer applies (exclusive); absent for the current row. */
  readonly until?: string;
  /** Whole dollars. */
  readonly amount: number;
  readonly authority: string;
}

export const FILING_FEES: readonly FeeRow[] = [
  { until: '2016-01-01', amount: 200, authority: 'Elections Code section 9001 (fee set in 1943)' },
  { from: '2016-01-01', amount: 2000, authority: 'Elections Code section 9001(c), as amended by AB 1100 (2015)' },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fee row in force on `date` (`YYYY-MM-DD`). ISO dates compare correctly as strings. */
export function filingFeeOn(date: string, table: readonly FeeRow[] = FILING_FEES): Result<FeeRow, StudioError> {
  if (!ISO_DATE.test(date)) {
    return err(studioError('invalid-request', `The letter date "${date}" is not a date in the form YYYY-MM-DD.`));
  }
  const row = table.find(
    (candidate) => (candidate.from ?? '') <= date && (candidate.until === undefined || date < candidate.until),
  );
  return row === undefined ? err(studioError('invalid-request', `No filing fee is known for ${date}.`)) : ok(row);
}

/** `$2,000`. */
export function formatDollars(amount: number): string {
  return `$${amount.toLocaleString('en-US')}`;
}
