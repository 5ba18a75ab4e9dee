import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../../src/constitution/parse';
import { buildMeasureDocument } from '../../../../src/measure/build-document';
import type { MeasureDocument } from '../../../../src/measure/document';
import { importMeasure } from '../../../../src/measure/import/import-measure';
import { parseMeasure } from '../../../../src/measure/parse-measure';
import { renderMeasureMarkdown } from '../../../../src/measure/render-markdown';
import { renderMeasureText } from '../../../../src/measure/render-text';
import { sectionBody } from '../../../../src/constitution/text';
import { formatAmendmentPart } from '../../../../src/measure/part-format';
import { withoutHistoryNotes } from '../../../../src/measure/restate';
import { measureSkeleton } from '../../../../src/measure/skeleton';
import { trimBlankLines } from '../../../../src/measure/source-text';
import { readConstitution2011 } from '../../../support/constitution-2011';
import { EXAMPLE_2016, EXAMPLE_2017, EXAMPLE_BASE, EXAMPLE_PARTNER, readExample } from '../fixtures';
import { generatedMeasure, type GeneratedMeasure } from './arbitraries';
import { comparable } from './round-trip-support';

const EXPORTS: readonly (readonly [name: string, render: (document: MeasureDocument) => string])[] = [
  ['text', renderMeasureText],
  ['Markdown', renderMeasureMarkdown],
];

/** Export, import (with the edition when the measure needs it) and compare. */
function roundTrip(
  generated: GeneratedMeasure,
  render: (document: MeasureDocument) => string,
  withEdition: boolean,
): void {
  const exported = render(buildMeasureDocument(parseMeasure(generated.source)));
  const imported = importMeasure(exported, withEdition ? { base: parseConstitution(generated.edition) } : {});
  expect(imported.messages).toEqual([]);
  expect(comparable(imported.source)).toEqual(comparable(generated.source));
}

describe('importMeasure round trip (property)', () => {
  for (const [name, render] of EXPORTS) {
    const markdownSpecials = name === 'Markdown';
    it(`gives back the parts of generated measures through the ${name} export, with the edition`, () => {
      fc.assert(
        fc.property(generatedMeasure({ markdownSpecials }), (generated) => roundTrip(generated, render, true)),
        { numRuns: 1000 },
      );
    });

    it(`gives back the parts through the ${name} export without an edition when every text is printed`, () => {
      fc.assert(
        fc.property(
          generatedMeasure({ markdownSpecials }).filter((generated) => !generated.plainRelocation),
          (generated) => roundTrip(generated, render, false),
        ),
        { numRuns: 300 },
      );
    });
  }
});

describe('importMeasure round trip: the Calexit examples', () => {
  const base = parseConstitution(readExample(EXAMPLE_BASE), { path: EXAMPLE_BASE });
  for (const name of [EXAMPLE_2016, EXAMPLE_2017, EXAMPLE_PARTNER]) {
    for (const [format, render] of EXPORTS) {
      it(`${name} through the ${format} export`, () => {
        const source = readExample(name);
        const exported = render(buildMeasureDocument(parseMeasure(source)));
        for (const options of [{}, { base }]) {
          const imported = importMeasure(exported, options);
          expect(imported.messages).toEqual([]);
          expect(comparable(imported.source)).toEqual(comparable(source));
        }
        // With the edition, the base texts are the edition's exact bytes (line breaks included).
        const exact = parseMeasure(importMeasure(exported, { base }).source);
        const original = parseMeasure(source);
        expect(exact.parts.filter((part) => part.type === 'amendment').map((part) => part.base)).toEqual(
          original.parts.filter((part) => part.type === 'amendment').map((part) => part.base),
        );
      });
    }
  }
});

describe('importMeasure round trip: every section of the real 2011 text, amended', () => {
  it('gives back the same blocks through both exports (tables, subdivisions, history notes included)', () => {
    const edition = parseConstitution(readConstitution2011());
    const parts: string[] = [];
    for (const article of edition.articles) {
      for (const section of article.sections) {
        const base = trimBlankLines(sectionBody(edition, section));
        // History notes are editorial and never restated, so the proposed text has none.
        const current = trimBlankLines(withoutHistoryNotes(base));
        const proposed = current.replace(/\b(shall|may)\b/, (word) => (word === 'shall' ? 'must' : 'can'));
        if (proposed !== current) parts.push(formatAmendmentPart({ op: 'amend', target: section.id, base, proposed }));
      }
    }
    expect(parts.length).toBeGreaterThan(300);
    const skeleton = measureSkeleton({
      title: 'Every Section Act',
      edition: 'california-constitution-2011',
      sha256: 'a'.repeat(64),
    });
    const source = `${skeleton}\n${parts.join('\n\n')}\n`;
    const document = buildMeasureDocument(parseMeasure(source));
    for (const [, render] of EXPORTS) {
      const imported = importMeasure(render(document), { base: edition });
      expect(imported.messages).toEqual([]);
      expect(comparable(imported.source)).toEqual(comparable(source));
    }
  });
});
