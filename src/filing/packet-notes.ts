/**
 * The last page of every packet: what to do before filing, and the honest statement that the filing
 * rules were compiled from research copies (drafting-conventions: where rules were not verified, say
 * so). Kept on its own page, out of the letter and the statutory statements.
 */
import type { PrintSection } from '../render/print-types';
import { formatDollars, FILING_FEES } from './fees';

function feeTableSentence(): string {
  const rows = FILING_FEES.map((row) => {
    const from = row.from === undefined ? '' : `from ${row.from}`;
    const until = row.until === undefined ? '' : `before ${row.until}`;
    return `${formatDollars(row.amount)} ${[from, until].filter((part) => part !== '').join(' ')}`;
  });
  return `Filing fee used for the letter date: ${rows.join('; ')} (Elections Code section 9001(c); the $2,000 fee was enacted by AB 1100 in 2015, and its start on January 1, 2016 is inferred from the ordinary effective date of statutes).`;
}

export const UNVERIFIED_RULES_NOTICE =
  'The filing rules behind this packet (the wording of the statements, the fee, the address and the amendment rules) were compiled from research copies of the Elections Code and Attorney General guidance and have not been verified against the official texts. Check them at leginfo.legislature.ca.gov and oag.ca.gov before filing. Nothing in this packet is legal advice.';

/** The notes page; `warnings` (e.g. a changed proponent list) are printed first. */
export function packetNotes(
  mode: 'initial' | 'amendment',
  sha256: string,
  warnings: readonly string[] = [],
): PrintSection {
  const signing =
    mode === 'initial'
      ? 'Every proponent signs and dates the letter, the certification and the statement by hand.'
      : 'Every proponent signs and dates the letter and a request by hand. Amendments are accepted only during the 30-day public review period (Elections Code section 9002(b)).';
  return {
    role: 'notice',
    startsPage: true,
    blocks: [
      { type: 'heading', level: 2, text: 'Notes for the proponents (not part of the filing: remove this page)' },
      ...warnings.map((text) => ({ type: 'paragraph' as const, role: 'notice' as const, text: `Warning: ${text}` })),
      { type: 'paragraph', role: 'notice', text: UNVERIFIED_RULES_NOTICE },
      { type: 'paragraph', role: 'body', text: signing },
      {
        type: 'paragraph',
        role: 'body',
        text: 'The Attorney General accepts only printed documents, delivered by mail or in person; not by fax or email (Elections Code section 9001(d)).',
      },
      ...(mode === 'initial' ? [{ type: 'paragraph' as const, role: 'body' as const, text: feeTableSentence() }] : []),
      {
        type: 'paragraph',
        role: 'body',
        text: `Every page's footer shows the first 12 digits of the SHA-256 of the measure file's exact bytes, so a paper copy can be checked against the file. Full SHA-256: ${sha256}.`,
      },
    ],
  };
}
