/**
 * Properties of parseConstitution on any input: it never throws (no internal-error message either),
 * no text is lost, extents tile, ids are unique, positions agree, and the fast path gives the same
 * tree as the remark reference path. Inputs: arbitrary strings, generated legal documents, and the
 * grammar-keyword fuzzer (Bluebell's "never refuse input" test).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import type { LegalDoc } from '../../../src/constitution/types';
import { keywordSoup, legalDocument, wildDocument } from './helpers/generators';
import { invariantProblems } from './helpers/invariants';

function parseAndCheck(source: string): LegalDoc {
  const doc = parseConstitution(source, { path: 'fuzz.md' });
  expect(doc.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([]);
  expect(invariantProblems(doc)).toEqual([]);
  return doc;
}

function sameAsRemark(source: string, doc: LegalDoc): void {
  const reference = parseConstitution(source, { path: 'fuzz.md', engine: 'remark' });
  expect({ ...doc, parsedWith: undefined }).toEqual({ ...reference, parsedWith: undefined });
}

describe('parseConstitution on any input', () => {
  it('never throws on arbitrary strings and keeps every invariant', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (source) => {
        parseAndCheck(source);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives the grammar-keyword fuzzer and agrees with the remark path', () => {
    fc.assert(
      fc.property(keywordSoup, (source) => {
        sameAsRemark(source, parseAndCheck(source));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every invariant on generated legal documents and agrees with the remark path', () => {
    fc.assert(
      fc.property(fc.oneof(legalDocument, wildDocument), (source) => {
        sameAsRemark(source, parseAndCheck(source));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives every section and subdivision an id its citation round-trips through', async () => {
    const { formatCitation, parseCitation } = await import('../../../src/constitution/citation');
    fc.assert(
      fc.property(legalDocument, (source) => {
        const doc = parseAndCheck(source);
        for (const article of doc.articles) {
          for (const section of article.sections) {
            if (section.id.includes('~')) continue;
            expect(parseCitation(formatCitation(section.id))).toBe(section.id);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
