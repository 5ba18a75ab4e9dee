/**
 * Drafts carrying the whole XSS corpus (test/support/xss-payloads.ts), for the e2e run and the
 * Node-side render test: an edition whose article titles are heading payloads, and measure
 * revisions that put every payload in the front matter, the Findings (as paragraphs, fenced-code info
 * strings, subheadings, citations), an extra part heading, and the proposed text of amended sections
 * (so the redline, the amendments panel and the editor show them too).
 */
import { createHash } from 'node:crypto';
import { refusedInFilings, payloadsFor, XSS_PAYLOADS, type XssPayload } from './xss-payloads';

/** Sections the payloads are spread over in the proposed text (each block stays a readable size). */
export const AMENDED_SECTIONS = 8;

/** Article 1 holds the amended sections; the heading payloads title the articles after it. */
const PLAIN_ARTICLE = 1;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function sectionBody(section: number): string {
  return `The people of this State reserve to themselves the power of section ${section}.`;
}

/** An edition (canonical Markdown) with the heading payloads as article titles. */
export function payloadEdition(): string {
  const lines = [
    '---',
    'title: Constitution of the State of California (XSS corpus)',
    'jurisdiction: California',
    'edition: xss-corpus',
    'note: A test edition whose headings carry XSS payloads. Not law.',
    '---',
    '',
    '# Constitution of the State of California',
    '',
    `## Article ${PLAIN_ARTICLE} (DECLARATION OF RIGHTS)`,
    '',
  ];
  for (let section = 1; section <= AMENDED_SECTIONS; section += 1) {
    lines.push(`### Section ${section}`, '', sectionBody(section), '');
  }
  payloadsFor('heading').forEach((payload, index) => {
    lines.push(`## Article ${PLAIN_ARTICLE + index + 1} (${payload.text})`, '', '### Section 1', '');
    lines.push(`Article text ${payload.id}.`, '');
  });
  return lines.join('\n');
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** A fenced code block whose info string is the payload (tildes when the payload holds a backtick). */
function fenced(payload: XssPayload): string[] {
  const fence = payload.text.includes('`') ? '~~~' : '```';
  return [`${fence}${payload.text}`, `code of ${payload.id}`, fence];
}

/** One payload as Findings Markdown, shaped by where it is meant to go. */
function findingsBlock(payload: XssPayload): string[] {
  switch (payload.placement) {
    case 'fence-info':
      return fenced(payload);
    case 'heading':
      return [`### ${payload.text}`];
    case 'citation':
      return [`As provided in Section 1 of Article ${payload.text}, the people so declare.`];
    default:
      return [payload.text];
  }
}

/** Which variant of the measure: the revisions differ in title, order and wording so compare and merge show payloads. */
export type DraftVariant = 'a' | 'b' | 'c';

const VARIANT_WORD: Readonly<Record<DraftVariant, string>> = { a: 'first', b: 'second', c: 'third' };

/** The payloads of the proposed text of one amended section (all payloads, spread over the sections). */
function sectionPayloads(section: number, corpus: readonly XssPayload[]): XssPayload[] {
  return corpus.filter((_, index) => index % AMENDED_SECTIONS === section - 1);
}

function amendmentBlock(section: number, variant: DraftVariant, corpus: readonly XssPayload[]): string[] {
  const base = sectionBody(section);
  const inserted = sectionPayloads(section, corpus)
    .map((payload) =>
      payload.placement === 'citation' ? `Section 1 of Article ${payload.text} applies.` : payload.text,
    )
    .join(' ');
  const proposed = `${base.replace('reserve', 'keep')} In the ${VARIANT_WORD[variant]} revision: ${inserted}`;
  return [
    `## Amend Article ${PLAIN_ARTICLE}, Section ${section}`,
    '',
    '~~~base',
    base,
    '~~~',
    '',
    '~~~proposed',
    proposed,
    '~~~',
    '',
  ];
}

export interface DraftOptions {
  /** Add `## Amend Article PAYLOAD` parts: errors that quote the heading (exports refuse them). */
  readonly unreadableHeadings?: boolean;
  /** Leave out payloads with control or bidi characters (exports refuse those). */
  readonly filing?: boolean;
}

/**
 * A measure against `edition` holding every payload. Front matter payloads go in the title (one per
 * variant), the proponents' names and organizations, and the revision label and author; the Title
 * section cites the measure by a name made of all the payloads (the title check quotes it).
 */
export function payloadMeasure(edition: string, variant: DraftVariant, options: DraftOptions = {}): string {
  const corpus = options.filing === true ? XSS_PAYLOADS.filter((payload) => !refusedInFilings(payload)) : XSS_PAYLOADS;
  const frontMatter = payloadsFor('front-matter');
  const variantIndex = Object.keys(VARIANT_WORD).indexOf(variant);
  const title = frontMatter[variantIndex % frontMatter.length]!.text;
  const findings = variant === 'b' ? [...corpus].reverse() : corpus;
  const heading = payloadsFor('heading')[variantIndex % payloadsFor('heading').length]!;
  const lines = [
    '---',
    `title: ${yamlString(title)}`,
    'kind: constitutional amendment',
    'proponents:',
    ...frontMatter.flatMap((payload) => [
      `  - name: ${yamlString(payload.text)}`,
      '    county: Sacramento',
      '    contact:',
      `      email: ${payload.id}@example.invalid`,
      `      organization: ${yamlString(payload.text)}`,
      `      address: ${yamlString(`P.O. Box 1, ${payload.text}`)}`,
    ]),
    'base:',
    '  edition: xss-corpus',
    `  sha256: ${sha256(edition)}`,
    'revision:',
    `  label: ${yamlString(frontMatter[4 % frontMatter.length]!.text)}`,
    `  author: ${yamlString(frontMatter[2 % frontMatter.length]!.text)}`,
    '  date: 2026-01-15',
    'options:',
    '  enactingClause: true',
    '  sectionStyle: sec',
    '---',
    '',
    '## Title',
    '',
    // A name that differs from the front matter title: the title check quotes it, so every payload
    // reaches a lint message.
    `This measure shall be known and may be cited as the “${corpus.map((payload) => payload.text).join(' ')}”.`,
    '',
    '## Findings and Declarations',
    '',
    `The People of the State of California find and declare, in the ${VARIANT_WORD[variant]} revision:`,
    '',
    ...findings.flatMap((payload) => [...findingsBlock(payload), '']),
    '## Purpose and Intent',
    '',
    `The purpose of this measure is to test ${VARIANT_WORD[variant]} payloads as inert text.`,
    '',
    `## ${heading.text}`,
    '',
    `A part whose heading is payload ${heading.id}.`,
    '',
  ];
  if (options.unreadableHeadings === true) {
    for (const payload of [...payloadsFor('heading'), ...payloadsFor('citation')]) {
      lines.push(`## Amend Article ${payload.text}`, '', `Text under the unreadable heading ${payload.id}.`, '');
    }
  }
  for (let section = 1; section <= AMENDED_SECTIONS; section += 1) {
    lines.push(...amendmentBlock(section, variant, corpus));
  }
  return lines.join('\n');
}
