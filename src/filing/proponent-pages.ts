/**
 * The pages each proponent signs: in a new filing the EC 9001(b)(1) certification and the EC 9608
 * statement (verbatim, with signature and date lines) plus the public contact information; in
 * amendment mode the signed request of EC 9002(b)(1).
 */
import type { Proponent } from '../measure/types';
import type { PrintSection } from '../render/print-types';
import { contactLines } from './proponents';
import { certification9001, DATE_LINE_9608, SIGNATURE_CAPTION_9608, statement9608 } from './statements';

/** Certification and statement pages for one proponent. */
export function proponentStatements(proponent: Proponent, title: string): PrintSection {
  return {
    role: 'statement',
    startsPage: true,
    blocks: [
      { type: 'heading', level: 2, text: `Statements of Proponent ${proponent.name}` },
      { type: 'paragraph', role: 'caption', text: `Proposed initiative measure: “${title}”` },
      { type: 'heading', level: 3, text: 'Certification (Elections Code section 9001(b)(1))' },
      { type: 'paragraph', role: 'statement', text: certification9001(proponent.name, proponent.county) },
      { type: 'signature', captions: ['Signature of Proponent', 'Date: ____________________'] },
      { type: 'heading', level: 3, text: 'Public contact information (Elections Code section 9001(b)(2))' },
      { type: 'lines', role: 'contact', lines: contactLines(proponent) },
      { type: 'heading', level: 3, text: 'Statement (Elections Code section 9608)' },
      { type: 'paragraph', role: 'statement', text: statement9608(proponent.name) },
      { type: 'signature', captions: [SIGNATURE_CAPTION_9608] },
      { type: 'paragraph', role: 'body', text: DATE_LINE_9608 },
    ],
  };
}

/** The EC 9002(b)(1) signed request of one proponent (amendment mode). */
export function proponentAmendmentRequest(proponent: Proponent, title: string, fileNumber?: string): PrintSection {
  const file = fileNumber === undefined ? '' : ` (A.G. File No. ${fileNumber})`;
  return {
    role: 'statement',
    startsPage: true,
    blocks: [
      { type: 'heading', level: 2, text: `Request of Proponent ${proponent.name} (Elections Code section 9002(b)(1))` },
      {
        type: 'paragraph',
        role: 'statement',
        text: `I, ${proponent.name}, a proponent of the proposed initiative measure “${title}”${file}, request that the Attorney General prepare a circulating title and summary using the amended language enclosed with this request.`,
      },
      { type: 'signature', captions: ['Signature of Proponent', proponent.name, 'Date: ____________________'] },
    ],
  };
}
