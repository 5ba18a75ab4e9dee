/**
 * Headings of uncodified sections as filed: `SECTION 1. Title.`, `SEC. 4. Severability`,
 * `Section 1. Title. This measure shall be known …` (heading and body on one line), or none at all
 * (`SECTION 5. The provisions of this Act are severable. …`), in which case the section is named
 * from its role.
 */
import { uncodifiedRole } from '../part-heading';

/** Headings are short; a longer first sentence is body text. */
const MAX_HEADING_WORDS = 10;
/** A heading that only a role pattern vouches for (not Title Case) must be shorter still. */
const MAX_ROLE_HEADING_WORDS = 4;
/** How far into a line a heading followed by its body may reach ("Findings and Declarations. The people …"). */
const MAX_HEADING_CHARACTERS = 90;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Headings named from what the section says, when it has none (ca-filing-rules.md §4.4). */
const ROLE_FROM_BODY: readonly (readonly [RegExp, string])[] = [
  [/\bshall be known\b|\bmay be cited as\b/i, 'Title'],
  [/\bfinds? and declares?\b|\bfindings\b/i, 'Findings and Declarations'],
  [/\bpurposes?\b|\bintent\b/i, 'Purpose and Intent'],
  [/\bseverab/i, 'Severability'],
  [
    /\bconflicting\b|\bcompeting\b|\bin conflict with\b|\bsame statewide (?:election|ballot)\b/i,
    'Conflicting Measures',
  ],
  [/\bliberally construed\b/i, 'Liberal Construction'],
  [/\btakes? effect\b|\beffective date\b|\boperative\b/i, 'Effective Date'],
  [/\bmay be amended\b|\bamendments? to this (?:act|measure)\b/i, 'Amendment'],
];

/** The heading of a section that has none and whose text names no known role. */
export const FALLBACK_HEADING = 'Additional Provisions';

/** A conventional heading for a section from its text, if one fits. */
export function roleHeadingFromBody(text: string): string | undefined {
  return ROLE_FROM_BODY.find(([pattern]) => pattern.test(text))?.[1];
}

function stripEnd(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.:]$/, '').trim();
}

/** Does `text` read as a heading: short, one phrase, Title Case (or a short role phrase such as "Findings")? */
export function isHeadingLike(text: string): boolean {
  const phrase = stripEnd(text);
  if (phrase === '' || /[.;!?]\s/.test(phrase) || /[,;]$/.test(phrase) || !/^[\p{Lu}\d“"'(]/u.test(phrase))
    return false;
  const phraseWords = phrase.split(' ');
  if (phraseWords.length > MAX_HEADING_WORDS) return false;
  const titleCase = phraseWords.every((word) => SMALL_WORDS.has(word.toLowerCase()) || !/^\p{Ll}/u.test(word));
  return titleCase || (phraseWords.length <= MAX_ROLE_HEADING_WORDS && uncodifiedRole(phrase) !== 'other');
}

/** The heading text as the measure file keeps it (`Title.` → `Title`). */
export function headingText(text: string): string {
  return stripEnd(text);
}

/**
 * Split `Title. This measure shall be known …` into the heading and where the body starts.
 * Undefined when the text does not open with a heading.
 */
export function splitLeadingHeading(
  text: string,
): { readonly heading: string; readonly bodyStart: number } | undefined {
  const match = /^\s*([^.:\n]{1,90}?)[.:][ \t]+(?=\S)/.exec(text.slice(0, MAX_HEADING_CHARACTERS + 2));
  if (match === null || !isHeadingLike(match[1]!)) return undefined;
  return { heading: headingText(match[1]!), bodyStart: match[0].length };
}
