/**
 * Word revisions read exactly: Accept All gives the amended text and Reject All the current text,
 * with no double space where the printed redline puts one between a deletion and its insertion.
 * Checked on the runs and on the generated document.xml, for the worked example and for random
 * word sequences diffed and tidied by the measure builder.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { redlineWords } from '../../../src/diff/redline';
import type { MeasureDocument, Run, TextBlock } from '../../../src/measure/document';
import { blocksFromSegments, runsView } from '../../../src/measure/runs';
import { renderMeasureDocx } from '../../../src/render/docx/measure-docx';
import type { DocxRedlineStyle } from '../../../src/render/docx/docx-types';
import { trackedRuns } from '../../../src/render/docx/tracked-runs';
import { CALEXIT_2017_DOCUMENT } from './sample-documents';

const STAMP = { author: 'Jordan Sample', date: '2017-04-14T00:00:00Z' } as const;

/** Words as measures have them: plain, capitalised, with trailing or surrounding punctuation. */
const word = fc.constantFrom(
  'is',
  'an',
  'inseparable',
  'a',
  'part',
  'the',
  'State',
  'America.',
  'land,',
  '“Act.”',
  '(a)',
  'Section',
  '1.5',
  'shall;',
);
const wordSequence = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text of each paragraph of document.xml after Word's Accept All (`new`) or Reject All (`old`). */
function paragraphReadings(xml: string, side: 'old' | 'new'): string[] {
  const dropped = side === 'new' ? /<w:del\b[^>]*>[\s\S]*?<\/w:del>/g : /<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g;
  return [...xml.replace(dropped, '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
      .map((text) => unescapeXml(text[1]!))
      .join(''),
  );
}

/** Text runs of each paragraph as printed by the static redline, with their strike / italic mark. */
function staticRuns(xml: string): { text: string; mark: 'strike' | 'italic' | 'plain' }[][] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].flatMap((run) => {
      const text = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(run[1]!)?.[1];
      if (text === undefined) return [];
      const mark = run[1]!.includes('<w:strike/>') ? 'strike' : run[1]!.includes('<w:i/>') ? 'italic' : 'plain';
      return [{ text: unescapeXml(text), mark } as const];
    }),
  );
}

/** A one-section measure restating `blocks` as a redline; its last paragraphs are the blocks. */
function measureOf(blocks: readonly TextBlock[]): MeasureDocument {
  return {
    title: 'Test',
    kind: 'constitutional amendment',
    sections: [
      {
        label: 'SEC. 1.',
        kind: 'amendment',
        clause: 'Section 1 is amended to read:',
        blocks: [{ type: 'restatement', mode: 'redline', blocks }],
      },
    ],
    fingerprint: { revisionLabel: 'Rev. 1', sha256: '0'.repeat(64) },
  };
}

async function documentXml(doc: MeasureDocument, style: DocxRedlineStyle): Promise<string> {
  const zip = await JSZip.loadAsync(await renderMeasureDocx(doc, { style, ...STAMP }));
  return zip.file('word/document.xml')!.async('string');
}

const CALEXIT_OLD =
  'SEC. 1. The State of California is an inseparable part of the United States of America, and the United States Constitution is the supreme law of the land.';
const CALEXIT_NEW =
  'SEC. 1. The State of California is a part of the United States of America, and the United States Constitution is the supreme law of the land.';

describe('trackedRuns', () => {
  it('gives the display space of "is ~~an inseparable~~ *a* part" to both revisions', () => {
    const runs: Run[] = [
      { text: 'is ', mark: 'none' },
      { text: 'an inseparable', mark: 'delete' },
      { text: ' ', mark: 'none' },
      { text: 'a', mark: 'insert' },
      { text: ' part', mark: 'none' },
    ];
    expect(trackedRuns(runs)).toEqual([
      { text: 'is', mark: 'none' },
      { text: ' an inseparable', mark: 'delete' },
      { text: ' a', mark: 'insert' },
      { text: ' part', mark: 'none' },
    ]);
  });

  it('uses the space after the change at a paragraph start, and drops the display space with none', () => {
    expect(
      trackedRuns([
        { text: 'Old', mark: 'delete' },
        { text: ' ', mark: 'none' },
        { text: 'New', mark: 'insert' },
        { text: ' text.', mark: 'none' },
      ]),
    ).toEqual([
      { text: 'Old ', mark: 'delete' },
      { text: 'New ', mark: 'insert' },
      { text: 'text.', mark: 'none' },
    ]);
    expect(
      trackedRuns([
        { text: 'Old', mark: 'delete' },
        { text: ' ', mark: 'none' },
        { text: 'New', mark: 'insert' },
      ]),
    ).toEqual([
      { text: 'Old', mark: 'delete' },
      { text: 'New', mark: 'insert' },
    ]);
  });

  it('reads exactly the current and the amended text for random word sequences (property)', () => {
    fc.assert(
      fc.property(wordSequence, wordSequence, (base, edited) => {
        const blocks = blocksFromSegments(redlineWords(base, edited).segments);
        expect(blocks).toHaveLength(1);
        const runs = trackedRuns(blocks[0]!.runs);
        expect(runsView(runs, 'old')).toBe(base);
        expect(runsView(runs, 'new')).toBe(edited);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('renderMeasureDocx, tracked readings', () => {
  it('accepts to "is a part" and rejects to "is an inseparable part" (the Calexit sentence)', async () => {
    const xml = await documentXml(CALEXIT_2017_DOCUMENT, 'tracked');
    expect(paragraphReadings(xml, 'new')).toContain(CALEXIT_NEW);
    expect(paragraphReadings(xml, 'old')).toContain(CALEXIT_OLD);
    for (const side of ['old', 'new'] as const)
      for (const paragraph of paragraphReadings(xml, side)) expect(paragraph).not.toMatch(/\s{2}/);
  });

  it('accepts to the edited text and rejects to the base text in document.xml (property)', async () => {
    await fc.assert(
      fc.asyncProperty(wordSequence, wordSequence, async (base, edited) => {
        const xml = await documentXml(measureOf(blocksFromSegments(redlineWords(base, edited).segments)), 'tracked');
        expect(paragraphReadings(xml, 'old').at(-1)).toBe(base);
        expect(paragraphReadings(xml, 'new').at(-1)).toBe(edited);
      }),
      { numRuns: 60 },
    );
  });
});

describe('renderMeasureDocx, static redline spacing', () => {
  /** No doubled, leading or trailing space in what prints, and no mark starting or ending with a space. */
  function expectTidy(paragraphs: { text: string; mark: string }[][]): void {
    for (const runs of paragraphs) {
      const printed = runs.map((run) => run.text).join('');
      expect(printed).not.toMatch(/\s{2}|^\s|\s$/);
      for (const run of runs) if (run.mark !== 'plain') expect(run.text).toBe(run.text.trim());
    }
  }

  it('prints one space between the struck and the italic words of the Calexit sentence', async () => {
    const paragraphs = staticRuns(await documentXml(CALEXIT_2017_DOCUMENT, 'static'));
    expectTidy(paragraphs);
    const sentence = paragraphs.find((runs) => runs.some((run) => run.text === 'an inseparable'))!;
    expect(sentence.map((run) => run.text).join('')).toContain('is an inseparable a part');
  });

  it('prints random redlines without odd spacing around struck and italic runs (property)', async () => {
    await fc.assert(
      fc.asyncProperty(wordSequence, wordSequence, async (base, edited) => {
        const xml = await documentXml(measureOf(blocksFromSegments(redlineWords(base, edited).segments)), 'static');
        expectTidy(staticRuns(xml));
      }),
      { numRuns: 40 },
    );
  });
});
