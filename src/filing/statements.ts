/**
 * The statutory statements each proponent signs, verbatim (ca-filing-rules.md §1.1 items 3 and 5),
 * with the blanks filled in. Nothing else is ever added inside these sentences.
 */

/** EC 9001(b)(1), verbatim with "(insert name)" and "(insert county)" filled. */
export function certification9001(name: string, county: string): string {
  return `I, ${name}, declare under penalty of perjury that I am a citizen of the United States, 18 years of age or older, and a resident of ${countyPhrase(county)}, California.`;
}

/** EC 9608, verbatim up to the signature line (the signature and date lines follow it on the page). */
export function statement9608(name: string): string {
  return `I, ${name}, acknowledge that it is a misdemeanor under state law (Section 18650 of the Elections Code) to knowingly or willfully allow the signatures on an initiative petition to be used for any purpose other than qualification of the proposed measure for the ballot. I certify that I will not knowingly or willfully allow the signatures for this initiative to be used for any purpose other than qualification of the measure for the ballot.`;
}

/** The caption under the EC 9608 signature line, as the statute prints it. */
export const SIGNATURE_CAPTION_9608 = '(Signature of Proponent)';

/** The EC 9608 date line, as the statute prints it (filled in by hand). */
export const DATE_LINE_9608 = 'Dated this ________ day of __________, 20___';

/**
 * "San Diego" → "San Diego County"; a county already written with "County" (or the City and County
 * of San Francisco) is kept as written.
 */
export function countyPhrase(county: string): string {
  const trimmed = county.trim();
  return /\bcounty\b/i.test(trimmed) ? trimmed : `${trimmed} County`;
}
