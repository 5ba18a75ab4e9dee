/**
 * The request letters (ca-filing-rules.md §1.3, §2.2). The wording follows letters actually filed
 * with the Initiative Coordinator; the measure's effect comes from `summarizeMeasureEffect`.
 */
import type { Proponent } from '../measure/types';
import type { PrintBlock, PrintSection } from '../render/print-types';
import { addresseeLines } from './addressee';
import { longDate } from './dates';
import { formatDollars, type FeeRow } from './fees';
import { contactLines } from './proponents';

export interface LetterInput {
  readonly title: string;
  /** "amends Section 1 of Article III of the California Constitution". */
  readonly effect: string;
  readonly proponents: readonly Proponent[];
  /** Letter date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly addressee?: string;
}

export interface AmendmentLetterInput extends LetterInput {
  /** The Attorney General's file number of the measure as filed, e.g. `17-0005`, if known. */
  readonly fileNumber?: string;
  /** The title of the measure as filed (the Attorney General knows the measure by it). */
  readonly filedTitle: string;
  /** Revision label and date of the as-filed measure. */
  readonly filedLabel: string;
  readonly filedDate?: string;
}

function weOrI(proponents: readonly Proponent[]): { subject: string; possessive: string } {
  return proponents.length === 1 ? { subject: 'I', possessive: 'my' } : { subject: 'we', possessive: 'our' };
}

function signatureBlocks(proponents: readonly Proponent[]): PrintBlock[] {
  return [
    {
      type: 'signatures',
      signatures: proponents.map((proponent) => [proponent.name, 'Proponent', 'Date: ____________________']),
    },
  ];
}

function letterHead(input: LetterInput, reference: string): PrintBlock[] {
  return [
    { type: 'paragraph', role: 'date', text: longDate(input.date) },
    { type: 'lines', role: 'address', lines: addresseeLines(input.addressee) },
    { type: 'paragraph', role: 'reference', text: reference },
    { type: 'paragraph', role: 'salutation', text: 'Dear Initiative Coordinator:' },
  ];
}

function correspondence(proponents: readonly Proponent[]): PrintBlock[] {
  return [
    {
      type: 'paragraph',
      role: 'body',
      text: 'Please direct all inquiries and correspondence regarding this proposed initiative to:',
    },
    { type: 'lines', role: 'contact', lines: contactLines(proponents[0]!) },
  ];
}

/** The EC 9001 request for a circulating title and summary (Cal. Const. art. II, §10(d)). */
export function requestLetter(input: LetterInput, fee: FeeRow): PrintSection {
  const { subject } = weOrI(input.proponents);
  const capitalized = subject === 'I' ? 'I' : 'We';
  const statementsOf = input.proponents.length === 1 ? 'the proponent' : 'each proponent';
  return {
    role: 'letter',
    startsPage: true,
    blocks: [
      ...letterHead(input, `Re: Request for Title and Summary — “${input.title}”`),
      {
        type: 'paragraph',
        role: 'body',
        text: `Pursuant to Article II, Section 10(d) of the California Constitution, ${subject} respectfully request that the Attorney General prepare a circulating title and summary of the chief purpose and points of the enclosed proposed statewide initiative measure, “${input.title}”, which ${input.effect}.`,
      },
      { type: 'paragraph', role: 'body', text: 'Enclosed are:' },
      {
        type: 'list',
        items: [
          'the text of the proposed measure;',
          `the signed certification of ${statementsOf} under Elections Code section 9001(b)(1), with public contact information (section 9001(b)(2));`,
          `the signed statement of ${statementsOf} under Elections Code section 9608; and`,
          `a check or money order in the amount of ${formatDollars(fee.amount)}, the filing fee required by ${fee.authority}.`,
        ],
      },
      ...correspondence(input.proponents),
      {
        type: 'paragraph',
        role: 'body',
        text: `${capitalized} thank you for your attention to this request.`,
      },
      { type: 'paragraph', role: 'closing', text: 'Sincerely,' },
      ...signatureBlocks(input.proponents),
    ],
  };
}

/** The EC 9002(b) letter submitting amendments during the public review period. */
export function amendmentLetter(input: AmendmentLetterInput): PrintSection {
  const { subject } = weOrI(input.proponents);
  const capitalized = subject === 'I' ? 'I' : 'We';
  const fileReference = input.fileNumber === undefined ? '' : ` (A.G. File No. ${input.fileNumber})`;
  // The filed text is identified by its date; a revision label is the campaign's own name for a
  // draft and means nothing to the Attorney General, so it is used only when there is no date.
  const asFiled = input.filedDate === undefined ? ` (${input.filedLabel})` : `, dated ${longDate(input.filedDate)},`;
  // The signers are the filed measure's proponents (amendment-proponents.ts), so "all of" holds.
  const role = input.proponents.length === 1 ? 'the sole proponent' : 'all of the proponents';
  const retitled = input.filedTitle === input.title ? '' : `, now titled “${input.title}”,`;
  return {
    role: 'letter',
    startsPage: true,
    blocks: [
      ...letterHead(input, `Re: Amendment to Proposed Initiative${fileReference} — “${input.filedTitle}”`),
      {
        type: 'paragraph',
        role: 'body',
        text: `Pursuant to Elections Code section 9002(b), ${subject}, ${role} of the proposed initiative measure “${input.filedTitle}”${fileReference}, respectfully submit the enclosed amendments to the measure as filed${asFiled} and request that the Attorney General prepare a circulating title and summary using the amended language. The amended measure${retitled} ${input.effect}.`,
      },
      {
        type: 'paragraph',
        role: 'body',
        text: 'The amendments are reasonably germane to the theme, purpose, or subject of the initiative measure as originally proposed.',
      },
      { type: 'paragraph', role: 'body', text: 'Enclosed are:' },
      {
        type: 'list',
        items: [
          'the full text of the measure as amended;',
          'a red-line version showing the changes against the measure as filed; and',
          `the signed request of ${input.proponents.length === 1 ? 'the proponent' : 'each proponent'} to prepare a circulating title and summary using the amended language.`,
        ],
      },
      ...correspondence(input.proponents),
      { type: 'paragraph', role: 'body', text: `${capitalized} thank you for your attention to this request.` },
      { type: 'paragraph', role: 'closing', text: 'Sincerely,' },
      ...signatureBlocks(input.proponents),
    ],
  };
}
